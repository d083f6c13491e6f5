package io.jenkins.plugins.cmswebbridge.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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

    /**
     * @param what how messages name the file, e.g. "known hosts file"
     * @throws NoSuchFileException when there is no such file
     * @throws IOException naming the file and what is wrong: not a regular file, too large, unreadable
     */
    public static String readSmallText(Path file, String what) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null, what + " " + file + " does not exist");
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException(
                    what + " " + file + " is not a regular file (a directory, a device or a pipe is not" + " read)");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(SMALL_TEXT_LIMIT + 1);
        } catch (IOException e) {
            throw new IOException(
                    what + " " + file + " cannot be read (" + e.getClass().getSimpleName() + ")", e);
        }
        if (bytes.length > SMALL_TEXT_LIMIT) {
            throw new IOException(
                    what + " " + file + " is larger than " + SMALL_TEXT_LIMIT / 1024 + " KiB; it is not read");
        }
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }
}
