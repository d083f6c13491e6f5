package io.jenkins.plugins.cmswebbridge.engine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.cmswebbridge.engine.hostkey.KnownHostsFileVerifier;
import io.jenkins.plugins.cmswebbridge.engine.hosts.HostAddress;
import io.jenkins.plugins.cmswebbridge.engine.problem.ProblemCode;
import io.jenkins.plugins.cmswebbridge.engine.problem.ProblemIOException;
import io.jenkins.plugins.cmswebbridge.engine.problem.ValueProblem;
import io.jenkins.plugins.cmswebbridge.sim.TestKeys;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The known_hosts file a job names is read on the node (or the controller) that runs the code: only a regular file,
 * at most 1 MiB, and never quoted back.
 */
class UserFilesTest {

    private static IOException prepareFails(Path file) {
        KnownHostsFileVerifier verifier = new KnownHostsFileVerifier(file.toString());
        return assertTimeoutPreemptively(
                Duration.ofSeconds(10), () -> assertThrows(IOException.class, verifier::prepare));
    }

    @Test
    void aDeviceIsNotRead() {
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zero), "/dev/zero exists on Linux");
        IOException e = prepareFails(zero);
        assertEquals(
                "known hosts file /dev/zero is not a regular file (a directory, a device or a pipe is not read)",
                e.getMessage());
    }

    @Test
    void aPipeIsNotOpened(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("fifo");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
        IOException e = prepareFails(fifo);
        assertTrue(
                e.getMessage().endsWith("is not a regular file (a directory, a device or a pipe is not read)"),
                e.getMessage());
    }

    @Test
    void aDirectoryOrAMissingFileIsNamedAsSuch(@TempDir Path dir) {
        assertTrue(prepareFails(dir).getMessage().contains("is not a regular file"));
        assertTrue(prepareFails(dir.resolve("none")).getMessage().contains("does not exist on this node"));
    }

    @Test
    void aLargeFileIsNotRead(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("known_hosts");
        Files.write(big, new byte[UserFiles.SMALL_TEXT_LIMIT + 1]);
        assertTrue(prepareFails(big).getMessage().endsWith("is larger than 1024 KiB; it is not read"));
    }

    @Test
    void theContentIsNeverQuoted(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("secrets");
        Files.writeString(file, "user=admin\npassword s3cr3tPassw0rd AAAA\n# more\nmmp1 ssh-rsa not-base64!\n");
        String message = prepareFails(file).getMessage();
        assertTrue(message.contains("line 1") && message.contains("line 2") && message.contains("line 4"), message);
        assertFalse(
                message.contains("s3cr3tPassw0rd") || message.contains("admin") || message.contains("not-base64"),
                message);
    }

    @Test
    void aGoodFileIsRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("known_hosts");
        Files.writeString(
                file, "mmp1 " + TestKeys.openSshPublicKey(TestKeys.rsa(0).getPublic()) + "\n");
        KnownHostsFileVerifier verifier = new KnownHostsFileVerifier(file.toString());
        verifier.prepare();
        verifier.verify(
                new HostAddress("mmp1", 22),
                "ssh-rsa",
                TestKeys.sshPublicKeyBlob(TestKeys.rsa(0).getPublic()));
    }

    private static Path fifo(Path dir, String name) throws Exception {
        Path fifo = dir.resolve(name);
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
        return fifo;
    }

    private static final ValueProblem NAMED = ValueProblem.of(ProblemCode.TEXT, "the file");

    private static String read(Path file, Runnable beforeOpen) throws IOException {
        try (InputStream in = UserFiles.openRegularFile(file, NAMED, beforeOpen, Duration.ofSeconds(1))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aLinkSwitchedToAPipeBetweenTheCheckAndTheOpenIsNotFollowed(@TempDir Path dir) throws Exception {
        Path real = Files.writeString(dir.resolve("known_hosts"), "the real file\n");
        Path pipe = fifo(dir, "pipe");
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);
        String text = assertTimeoutPreemptively(
                Duration.ofSeconds(10),
                () -> read(link, () -> {
                    try {
                        Files.delete(link);
                        Files.createSymbolicLink(link, pipe);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
        assertEquals("the real file\n", text, "the file checked is the file read");
    }

    @Test
    void aPipeRenamedOverTheFileBetweenTheCheckAndTheOpenDoesNotBlockAnyThread(@TempDir Path dir) throws Exception {
        Path real = Files.writeString(dir.resolve("known_hosts"), "the real file\n");
        Path pipe = fifo(dir, "pipe");
        ProblemIOException e = assertTimeoutPreemptively(
                Duration.ofSeconds(10),
                () -> assertThrows(
                        ProblemIOException.class,
                        () -> read(real, () -> {
                            try {
                                Files.move(
                                        pipe,
                                        real,
                                        StandardCopyOption.REPLACE_EXISTING,
                                        StandardCopyOption.ATOMIC_MOVE);
                            } catch (IOException x) {
                                throw new UncheckedIOException(x);
                            }
                        })));
        assertEquals(ProblemCode.FILE_NOT_REGULAR, e.getProblem().code());
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            while (aHelperIsOpeningAFile()) {
                Thread.sleep(50);
            }
        });
    }

    /** Whether a helper thread of UserFiles is still inside an open. */
    private static boolean aHelperIsOpeningAFile() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(t -> t.getKey().getName().equals("cms-webbridge file open"))
                .anyMatch(t -> Arrays.stream(t.getValue())
                        .anyMatch(frame -> frame.getClassName().equals(FileChannel.class.getName())
                                && frame.getMethodName().equals("open")));
    }

    @Test
    void aLinkFlippingBetweenAFileAndAPipeNeverBlocksAReader(@TempDir Path dir) throws Exception {
        Path real = Files.writeString(dir.resolve("known_hosts"), "the real file\n");
        Path pipe = fifo(dir, "pipe");
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);
        AtomicBoolean done = new AtomicBoolean();
        Thread flipper = new Thread(() -> {
            Path temp = dir.resolve("link.new");
            for (int i = 0; !done.get(); i++) {
                try {
                    Files.deleteIfExists(temp);
                    Files.createSymbolicLink(temp, i % 2 == 0 ? pipe : real);
                    Files.move(temp, link, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    // a read in between: go on flipping
                }
            }
        });
        flipper.start();
        try {
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                long end = System.nanoTime() + Duration.ofSeconds(3).toNanos();
                int reads = 0;
                while (System.nanoTime() < end || reads < 2000) {
                    try {
                        assertEquals("the real file\n", UserFiles.readSmallText(link, ProblemCode.KNOWN_HOSTS_FILE));
                    } catch (ProblemIOException e) {
                        assertEquals(
                                ProblemCode.FILE_NOT_REGULAR, e.getProblem().code(), e.getMessage());
                    }
                    reads++;
                }
            });
        } finally {
            done.set(true);
            flipper.join();
        }
    }

    @Test
    void aLinkToARegularFileIsRead(@TempDir Path dir) throws Exception {
        Path real = Files.writeString(dir.resolve("known_hosts"), "the real file\n");
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);
        assertEquals("the real file\n", UserFiles.readSmallText(link, ProblemCode.KNOWN_HOSTS_FILE));
    }
}
