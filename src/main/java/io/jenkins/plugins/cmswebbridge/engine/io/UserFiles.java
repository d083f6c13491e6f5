package io.jenkins.plugins.cmswebbridge.engine.io;

import io.jenkins.plugins.cmswebbridge.engine.problem.ProblemCode;
import io.jenkins.plugins.cmswebbridge.engine.problem.ProblemIOException;
import io.jenkins.plugins.cmswebbridge.engine.problem.Text;
import io.jenkins.plugins.cmswebbridge.engine.problem.ValueProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads a file whose path someone typed into a job or a form, on whatever node or controller runs the code: only a
 * regular file (never a device such as {@code /dev/zero}, a pipe that would block, or a directory), only up to a size
 * cap, and with messages in our own words that never quote the file's content.
 *
 * <p>The check holds for the file actually opened. The path is resolved once (symbolic links followed), the file it
 * resolves to must be a regular file, and that resolved path is opened without following a symbolic link, so a link
 * switched to a pipe meanwhile cannot be opened through; after the open, the file must still be the same regular file
 * and seekable (a pipe is not). What is left, a pipe renamed over the file between the check and the open, would block
 * the open itself, which Java cannot ask not to: so the open runs on a helper thread, the caller waits at most {@link
 * #OPEN_BOUND}, and a pipe that a helper waits on is opened for reading and writing once, which never blocks and ends
 * that wait.
 */
public final class UserFiles {

    /** The cap for small text files such as known_hosts. */
    public static final int SMALL_TEXT_LIMIT = 1024 * 1024;

    /** How long opening a file may take; only a pipe, a device or a hung file system takes longer. */
    static final Duration OPEN_BOUND = Duration.ofSeconds(5);

    /** Characters of a path repeated in a message. */
    public static final int MAX_PATH = 200;

    private static final ExecutorService OPENERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "cms-webbridge file open");
        thread.setDaemon(true);
        return thread;
    });

    private UserFiles() {}

    /**
     * @param what how messages name the file: a code whose one argument is the path, e.g. {@link
     *     ProblemCode#KNOWN_HOSTS_FILE}
     * @throws ProblemIOException naming the file and what is wrong: missing ({@link ProblemCode#FILE_MISSING}), not a
     *     regular file, too large, unreadable
     */
    public static String readSmallText(Path file, ProblemCode what) throws ProblemIOException {
        ValueProblem named = ValueProblem.of(what, Text.clip(file.toString(), MAX_PATH));
        byte[] bytes;
        try (InputStream in = openRegularFile(file, named)) {
            bytes = in.readNBytes(SMALL_TEXT_LIMIT + 1);
        } catch (ProblemIOException e) {
            throw e;
        } catch (IOException e) {
            throw unreadable(named, e);
        }
        if (bytes.length > SMALL_TEXT_LIMIT) {
            throw new ProblemIOException(ProblemCode.FILE_TOO_LARGE, named, SMALL_TEXT_LIMIT / 1024);
        }
        return new String(bytes, StandardCharsets.UTF_8); // bytes that are not UTF-8 become U+FFFD
    }

    /**
     * Opens a regular file for reading, the check holding for the file opened (see the class).
     *
     * @param named how messages name the file
     * @throws ProblemIOException when it is missing, not a regular file (also when it became something else while
     *     being opened, or did not open within {@link #OPEN_BOUND}), or cannot be read
     */
    public static InputStream openRegularFile(Path file, ValueProblem named) throws ProblemIOException {
        return openRegularFile(file, named, () -> {}, OPEN_BOUND);
    }

    /** The same, with {@code beforeOpen} run between the check and the open, and another bound (tests). */
    static InputStream openRegularFile(Path file, ValueProblem named, Runnable beforeOpen, Duration bound)
            throws ProblemIOException {
        Path real;
        try {
            real = file.toRealPath();
        } catch (NoSuchFileException e) {
            throw new ProblemIOException(ProblemCode.FILE_MISSING, named);
        } catch (IOException e) {
            throw unreadable(named, e);
        }
        BasicFileAttributes checked = regularFile(real, named);
        beforeOpen.run();
        FileChannel channel = openWithinBound(real, named, bound);
        try {
            channel.position(); // a pipe or a socket cannot seek
            BasicFileAttributes now = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!now.isRegularFile() || !Objects.equals(checked.fileKey(), now.fileKey())) {
                throw new IOException("the file changed while it was opened");
            }
            return Channels.newInputStream(channel);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new ProblemIOException(ValueProblem.of(ProblemCode.FILE_NOT_REGULAR, named), e);
        }
    }

    private static BasicFileAttributes regularFile(Path real, ValueProblem named) throws ProblemIOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            throw new ProblemIOException(ProblemCode.FILE_MISSING, named);
        } catch (IOException e) {
            throw unreadable(named, e);
        }
        if (!attributes.isRegularFile()) {
            throw new ProblemIOException(ProblemCode.FILE_NOT_REGULAR, named);
        }
        return attributes;
    }

    /** Opens the resolved path, not following a link, on a helper thread, waiting for it at most the bound. */
    private static FileChannel openWithinBound(Path real, ValueProblem named, Duration bound)
            throws ProblemIOException {
        CompletableFuture<FileChannel> opening = CompletableFuture.supplyAsync(
                () -> {
                    try {
                        return FileChannel.open(real, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
                    } catch (IOException e) {
                        throw new OpenFailed(e);
                    }
                },
                OPENERS);
        try {
            return opening.get(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof OpenFailed failed ? failed.getCause() : e.getCause();
            if (cause instanceof NoSuchFileException) {
                throw new ProblemIOException(ProblemCode.FILE_MISSING, named);
            }
            // a link swapped in is not followed: the open fails, and the file is then no regular file
            regularFile(real, named);
            throw unreadable(named, cause instanceof Exception ex ? ex : new IOException(cause));
        } catch (TimeoutException e) {
            opening.thenAccept(UserFiles::closeQuietly);
            releasePipe(real);
            throw new ProblemIOException(ValueProblem.of(ProblemCode.FILE_NOT_REGULAR, named), e);
        } catch (InterruptedException e) {
            opening.thenAccept(UserFiles::closeQuietly);
            releasePipe(real);
            Thread.currentThread().interrupt();
            throw unreadable(named, e);
        }
    }

    /**
     * Ends the wait of a helper opening a pipe: opening a pipe for reading and writing does not wait for a partner, and
     * counts as the writer the helper waits for. Done only while the path is a pipe; nothing is written.
     */
    private static void releasePipe(Path real) {
        try {
            if (Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                    .isOther()) {
                FileChannel.open(real, StandardOpenOption.READ, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)
                        .close();
            }
        } catch (IOException e) {
            // gone or not ours to open: nothing more can be done for that helper
        }
    }

    private static ProblemIOException unreadable(ValueProblem named, Exception e) {
        return new ProblemIOException(
                ValueProblem.of(ProblemCode.FILE_UNREADABLE, named, e.getClass().getSimpleName()), e);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // closing a file only read
        }
    }

    /** An open that failed, carried out of the helper. */
    private static final class OpenFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OpenFailed(IOException cause) {
            super(cause);
        }
    }
}
