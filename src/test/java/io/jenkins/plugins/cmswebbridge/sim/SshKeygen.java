package io.jenkins.plugins.cmswebbridge.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Private keys made by OpenSSH's {@code ssh-keygen} at test time, in every form a user may paste into Jenkins:
 * each {@link Form} once per JVM. Without {@code ssh-keygen} the tests that need it are skipped, except under CI
 * ({@code CI=true}), where they fail.
 */
public final class SshKeygen {

    /** The passphrase of the encrypted keys. */
    public static final String PASSPHRASE = "keygen-Passphrase-not-for-logs";

    /** A key as {@code ssh-keygen} writes it with these options. */
    public enum Form {
        RSA_PEM("-t", "rsa", "-b", "2048", "-m", "PEM"),
        RSA_OPENSSH("-t", "rsa", "-b", "2048"),
        ED25519("-t", "ed25519"),
        ECDSA_P256_PEM("-t", "ecdsa", "-b", "256", "-m", "PEM"),
        ECDSA_P256_OPENSSH("-t", "ecdsa", "-b", "256"),
        ECDSA_P384_OPENSSH("-t", "ecdsa", "-b", "384"),
        RSA_PKCS8("-t", "rsa", "-b", "2048", "-m", "PKCS8"),
        ECDSA_P256_PKCS8("-t", "ecdsa", "-b", "256", "-m", "PKCS8"),
        /** ed25519 encrypted with a cipher that trilead does not decrypt (only with a passphrase). */
        ED25519_AES_GCM("-t", "ed25519", "-Z", "aes256-gcm@openssh.com");

        private final List<String> options;

        Form(String... options) {
            this.options = List.of(options);
        }
    }

    /** A private key and its public key line. */
    public record Key(String privateKey, String publicKey) {}

    private static final ConcurrentHashMap<String, Key> CACHE = new ConcurrentHashMap<>();

    private SshKeygen() {}

    /** Every form, plain and encrypted ({@link Form#ED25519_AES_GCM} encrypted only), as (form, encrypted). */
    public static Stream<Arguments> everyForm() {
        List<Arguments> forms = new ArrayList<>();
        for (Form form : Form.values()) {
            if (form != Form.ED25519_AES_GCM) {
                forms.add(Arguments.of(form, false));
            }
            forms.add(Arguments.of(form, true));
        }
        return forms.stream();
    }

    /** The key of this form, encrypted with {@link #PASSPHRASE} or not, made once per JVM. */
    public static Key key(Form form, boolean encrypted) {
        requireSshKeygen();
        return CACHE.computeIfAbsent(form + (encrypted ? "-encrypted" : ""), name -> make(form, encrypted));
    }

    private static void requireSshKeygen() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            if (Files.isExecutable(Path.of(dir, "ssh-keygen"))) {
                return;
            }
        }
        if ("true".equals(System.getenv("CI"))) {
            Assertions.fail("ssh-keygen is not installed; CI needs it: apt-get install openssh-client");
        }
        Assumptions.abort("ssh-keygen is not installed (apt-get install openssh-client)");
    }

    private static Key make(Form form, boolean encrypted) {
        try {
            Path dir = Files.createTempDirectory("cms-wb-keygen");
            try {
                Path file = dir.resolve("key");
                List<String> command = new ArrayList<>(List.of("ssh-keygen", "-q", "-C", "test"));
                command.addAll(form.options);
                command.addAll(List.of("-N", encrypted ? PASSPHRASE : "", "-f", file.toString()));
                Process p =
                        new ProcessBuilder(command).redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                    throw new IOException("ssh-keygen " + command + " failed: " + out);
                }
                return new Key(
                        Files.readString(file, StandardCharsets.US_ASCII),
                        Files.readString(dir.resolve("key.pub"), StandardCharsets.US_ASCII)
                                .trim());
            } finally {
                try (var files = Files.list(dir)) {
                    for (Path f : files.toList()) {
                        Files.delete(f);
                    }
                }
                Files.delete(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
