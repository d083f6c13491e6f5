package io.jenkins.plugins.cmswebbridge.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.cmswebbridge.sim.TestKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
}
