package io.jenkins.plugins.cmswebbridge.engine.activecalls;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * Real certificates made at test time with the JDK's {@code keytool}: a test CA, a server certificate it
 * signed for 127.0.0.1 and localhost, one it signed for another name only, and an unrelated second CA.
 */
public final class TestCertificates {

    private static final String PASS = "changeit";

    public final Path dir;
    public final String caPem;
    public final String otherCaPem;
    public final Path serverStore;
    public final Path wrongNameStore;

    public TestCertificates(Path dir) throws IOException, InterruptedException {
        this.dir = dir;
        caPem = makeCa("ca", "CN=CMS Test CA");
        otherCaPem = makeCa("other-ca", "CN=Unrelated CA");
        serverStore = makeServer("server", "CN=localhost", "SAN=ip:127.0.0.1,dns:localhost");
        wrongNameStore = makeServer("wrong-name", "CN=cms9.example.com", "SAN=dns:cms9.example.com");
    }

    private String makeCa(String alias, String dname) throws IOException, InterruptedException {
        genKeyPair(alias, dname, "-ext", "bc:c");
        keytool("-exportcert", "-rfc", "-alias", alias, "-keystore", store(alias), "-file", file(alias + ".pem"));
        return Files.readString(dir.resolve(alias + ".pem"));
    }

    private Path makeServer(String alias, String dname, String san) throws IOException, InterruptedException {
        genKeyPair(alias, dname);
        keytool("-certreq", "-alias", alias, "-keystore", store(alias), "-file", file(alias + ".csr"));
        keytool(
                "-gencert",
                "-rfc",
                "-alias",
                "ca",
                "-keystore",
                store("ca"),
                "-infile",
                file(alias + ".csr"),
                "-outfile",
                file(alias + ".pem"),
                "-ext",
                san,
                "-validity",
                "2");
        keytool("-importcert", "-noprompt", "-alias", "ca", "-file", file("ca.pem"), "-keystore", store(alias));
        keytool("-importcert", "-alias", alias, "-file", file(alias + ".pem"), "-keystore", store(alias));
        return dir.resolve(alias + ".p12");
    }

    /**
     * A 2048-bit RSA key pair with a self-signed certificate for {@code dname}, valid two days, in the alias's own
     * store; {@code more} are further keytool options, e.g. the CA's basic constraints.
     */
    private void genKeyPair(String alias, String dname, String... more) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of(
                "-genkeypair",
                "-alias",
                alias,
                "-keyalg",
                "RSA",
                "-keysize",
                "2048",
                "-dname",
                dname,
                "-validity",
                "2",
                "-keystore",
                store(alias)));
        args.addAll(List.of(more));
        keytool(args.toArray(String[]::new));
    }

    /** An SSL context presenting the key and chain in this PKCS12 store. */
    static SSLContext serverContext(Path store) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            ks.load(in, PASS.toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, PASS.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(kmf.getKeyManagers(), null, null);
        return context;
    }

    private String store(String alias) {
        return file(alias + ".p12");
    }

    private String file(String name) {
        return dir.resolve(name).toString();
    }

    private void keytool(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "keytool");
        command.addAll(List.of(args));
        command.addAll(List.of("-storetype", "PKCS12", "-storepass", PASS));
        if (List.of(args).contains("-genkeypair")) {
            command.addAll(List.of("-keypass", PASS));
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("keytool " + String.join(" ", args) + " failed: " + out);
        }
    }
}
