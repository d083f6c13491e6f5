package io.jenkins.plugins.cmswebbridge.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a file whose path someone typed into a job or a form, on whatever node or controller runs the code: only a
 * regular file (never a device such as {@code /dev/zero}, a pipe that would block, or a directory), only up to a size
 * cap, and with messages in our own words that never quote the file's content.
 */
public final class UserFiles {

    /** The cap for small text files such as known_hosts. */
    public static final int SMALL_TEXT_LIMIT = 1024 * 1024;

    private UserFiles() {}

    /** Characters of a path repeated in a message. */
    static final int MAX_PATH = 200;

    /**
     * @param what how messages name the file: a code whose one argument is the path, e.g. {@link
     *     ProblemCode#KNOWN_HOSTS_FILE}
     * @throws ProblemIOException naming the file and what is wrong: missing ({@link ProblemCode#FILE_MISSING}), not a
     *     regular file, too large, unreadable
     */
    public static String readSmallText(Path file, ProblemCode what) throws ProblemIOException {
        ValueProblem named = ValueProblem.of(what, Text.clip(file.toString(), MAX_PATH));
        if (!Files.exists(file)) {
            throw new ProblemIOException(ProblemCode.FILE_MISSING, named);
        }
        if (!Files.isRegularFile(file)) {
            throw new ProblemIOException(ProblemCode.FILE_NOT_REGULAR, named);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(SMALL_TEXT_LIMIT + 1);
        } catch (IOException e) {
            throw new ProblemIOException(
                    ValueProblem.of(
                            ProblemCode.FILE_UNREADABLE, named, e.getClass().getSimpleName()),
                    e);
        }
        if (bytes.length > SMALL_TEXT_LIMIT) {
            throw new ProblemIOException(ProblemCode.FILE_TOO_LARGE, named, SMALL_TEXT_LIMIT / 1024);
        }
        return new String(bytes, StandardCharsets.UTF_8); // bytes that are not UTF-8 become U+FFFD
    }
}
