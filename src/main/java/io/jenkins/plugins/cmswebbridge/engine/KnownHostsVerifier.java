package io.jenkins.plugins.cmswebbridge.engine;

import com.trilead.ssh2.KnownHosts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Verifies host keys against OpenSSH {@code known_hosts} text, using trilead's {@link KnownHosts} parser.
 * Hosts on a port other than 22 are looked up as {@code [host]:port}, as OpenSSH writes them.
 * Lines of key types the SSH library does not know are ignored by it; a host with no usable line is refused.
 */
public final class KnownHostsVerifier implements HostKeyVerifier {

    private static final long serialVersionUID = 1L;

    private final String knownHosts;
    private final String source;
    private transient KnownHosts database;

    /**
     * @param knownHosts the file's text
     * @param source where it came from, for messages, e.g. a file path or "the job configuration"
     * @throws IllegalArgumentException with the line number of a line that is not a known_hosts entry
     */
    public KnownHostsVerifier(String knownHosts, String source) {
        this.knownHosts = knownHosts == null ? "" : knownHosts;
        this.source = source;
        List<String> problems = validate(this.knownHosts);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("known hosts (" + source + "): " + String.join("; ", problems));
        }
        database();
    }

    static List<String> validate(String text) {
        List<String> problems = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n");
        int entries = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\\s+");
            int first = fields[0].startsWith("@") ? 1 : 0;
            if (fields.length < first + 3) {
                problems.add("line " + (i + 1) + " is not a known_hosts entry: expected 'host key-type base64-key'");
                continue;
            }
            if (first == 1 && fields[0].equals("@revoked")) {
                problems.add("line " + (i + 1) + " uses @revoked, which is not supported");
                continue;
            }
            try {
                PublicKeyLine.parse(fields[first + 1] + " " + fields[first + 2]);
                entries++;
            } catch (IllegalArgumentException e) {
                problems.add("line " + (i + 1) + " " + e.getMessage());
            }
        }
        if (problems.isEmpty() && entries == 0) {
            problems.add("no entries: paste the MMPs' lines, e.g. from 'ssh-keyscan -t rsa mmp1.example.com'");
        }
        return problems;
    }

    private synchronized KnownHosts database() {
        if (database == null) {
            try {
                database = new KnownHosts(knownHosts.toCharArray());
            } catch (IOException e) {
                throw new IllegalArgumentException(
                        "known hosts (" + source + "): cannot be read: " + e.getMessage(), e);
            }
        }
        return database;
    }

    @Override
    public void verify(HostAddress host, String algorithm, byte[] keyBlob) throws HostKeyRejectedException {
        String name = host.knownHostsName();
        int verdict;
        try {
            verdict = database().verifyHostkey(name, algorithm, keyBlob);
        } catch (IOException e) {
            throw new HostKeyRejectedException("host key of " + name + " could not be checked: " + e.getMessage());
        }
        String offered = Fingerprints.keyType(keyBlob) + " " + Fingerprints.sha256(keyBlob);
        if (verdict == KnownHosts.HOSTKEY_IS_OK) {
            return;
        }
        if (verdict == KnownHosts.HOSTKEY_HAS_CHANGED) {
            throw new HostKeyRejectedException("Host key mismatch for " + name + ": the server offered " + offered
                    + ", which is not the key in " + source + ". If the MMP was reinstalled, check the new key"
                    + " on its console and update the known hosts; otherwise this may be an attack.");
        }
        throw new HostKeyRejectedException("No known host key for " + name + " in " + source + ": the server offered "
                + offered + ". Check it on the MMP console and add its line to the known hosts.");
    }

    /**
     * The algorithms for the key type known for this host. trilead puts the stored type first and every other
     * type after it (SHA-1 {@code ssh-rsa} before the SHA-2 RSA algorithms); asking for the other types could
     * make a server that refuses {@code ssh-rsa} present a key of a type that is not known here. So only the
     * stored type is asked for, with all the algorithms that prove it.
     */
    @Override
    public String[] preferredAlgorithms(HostAddress host, String[] available) {
        String[] order = database().getPreferredServerHostkeyAlgorithmOrder(host.knownHostsName());
        return order == null || order.length == 0 ? null : HostKeyAlgorithms.preferred(List.of(order[0]), available);
    }

    @Override
    public String toString() {
        return "known hosts from " + source;
    }
}
