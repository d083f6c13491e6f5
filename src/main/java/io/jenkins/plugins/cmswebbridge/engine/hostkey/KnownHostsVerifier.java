package io.jenkins.plugins.cmswebbridge.engine.hostkey;

import com.trilead.ssh2.Connection;
import com.trilead.ssh2.KnownHosts;
import io.jenkins.plugins.cmswebbridge.engine.hosts.HostAddress;
import io.jenkins.plugins.cmswebbridge.engine.problem.InvalidValueException;
import io.jenkins.plugins.cmswebbridge.engine.problem.ProblemCode;
import io.jenkins.plugins.cmswebbridge.engine.problem.Text;
import io.jenkins.plugins.cmswebbridge.engine.problem.ValueProblem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Verifies host keys against OpenSSH {@code known_hosts} text, using trilead's {@link KnownHosts} parser.
 * Hosts on a port other than 22 are looked up as {@code [host]:port}, as OpenSSH writes them.
 *
 * <p>The text is read the way OpenSSH reads it (fields separated by any blanks, comments after the key) and handed
 * to trilead one normalised line per entry, since trilead itself splits lines on single spaces and silently skips
 * the others. Lines trilead cannot honour are refused rather than skipped: {@code @cert-authority} and
 * {@code @revoked} markers, host lists with an empty name. Keys of a type the SSH library in use cannot check are
 * kept out and named when a host has no other key. Messages give line numbers and never quote the text.
 */
public final class KnownHostsVerifier implements HostKeyVerifier {

    private static final long serialVersionUID = 1L;

    private final String normalized;
    private final String source;
    private final List<String> unusableTypes;
    private transient KnownHosts database;

    /**
     * @param knownHosts the file's text
     * @param source where it came from, for messages, e.g. a file path
     * @throws InvalidValueException with the line numbers of the lines that are not usable known_hosts entries
     */
    public KnownHostsVerifier(String knownHosts, String source) {
        this(knownHosts, source, source);
    }

    /**
     * @param source where the text came from, as a part of messages, e.g. {@link ProblemCode#KNOWN_HOSTS_FROM_JOB}
     * @throws InvalidValueException with the line numbers of the lines that are not usable known_hosts entries
     */
    public KnownHostsVerifier(String knownHosts, ValueProblem source) {
        this(knownHosts, source.english(), source);
    }

    /** @param shown the source as problems name it: the English {@code source} or its problem part */
    private KnownHostsVerifier(String knownHosts, String source, Object shown) {
        this.source = source;
        Parsed parsed = parse(knownHosts == null ? "" : knownHosts, Connection.getAvailableServerHostKeyAlgorithms());
        if (!parsed.problems.isEmpty()) {
            throw new InvalidValueException(
                    ProblemCode.KNOWN_HOSTS_PROBLEMS, shown, ValueProblem.several(parsed.problems));
        }
        this.normalized = String.join("\n", parsed.lines) + "\n";
        this.unusableTypes = List.copyOf(parsed.unusableTypes);
        database(shown);
    }

    /** The entries trilead can use, one normalised line each, the problems, and the key types left out. */
    private record Parsed(List<String> lines, List<ValueProblem> problems, Set<String> unusableTypes) {}

    private static Parsed parse(String text, String[] available) {
        List<String> lines = new ArrayList<>();
        List<ValueProblem> problems = new ArrayList<>();
        Set<String> unusable = new TreeSet<>();
        String[] rows = text.split("\r\n|\r|\n");
        int entries = 0;
        for (int i = 0; i < rows.length; i++) {
            String row = rows[i].strip();
            if (row.isEmpty() || row.startsWith("#")) {
                continue;
            }
            int line = i + 1;
            String[] fields = row.split("\\s+");
            if (fields[0].startsWith("@")) {
                problems.add(ValueProblem.of(
                        fields[0].equals("@cert-authority")
                                ? ProblemCode.KNOWN_HOSTS_CERT_AUTHORITY
                                : fields[0].equals("@revoked")
                                        ? ProblemCode.KNOWN_HOSTS_REVOKED
                                        : ProblemCode.KNOWN_HOSTS_MARKER,
                        line));
                continue;
            }
            if (fields.length < 3) {
                problems.add(ValueProblem.of(ProblemCode.KNOWN_HOSTS_NOT_AN_ENTRY, line));
                continue;
            }
            if (fields[0].startsWith(",") || fields[0].endsWith(",") || fields[0].contains(",,")) {
                problems.add(ValueProblem.of(ProblemCode.KNOWN_HOSTS_EMPTY_NAME, line));
                continue;
            }
            try {
                PublicKeyLine.parse(fields[1] + " " + fields[2]);
            } catch (InvalidValueException e) {
                problems.add(ValueProblem.of(ProblemCode.LINE_THAT, line, e.getProblem()));
                continue;
            }
            entries++;
            if (HostKeyAlgorithms.isSupported(fields[1], available)) {
                lines.add(fields[0] + " " + fields[1] + " " + fields[2]);
            } else {
                unusable.add(fields[1]);
            }
        }
        if (problems.isEmpty() && entries == 0) {
            problems.add(ValueProblem.of(ProblemCode.KNOWN_HOSTS_NO_ENTRIES));
        }
        return new Parsed(lines, problems, unusable);
    }

    private KnownHosts database() {
        return database(source);
    }

    /** @param shown the source as a problem names it */
    private synchronized KnownHosts database(Object shown) {
        if (database == null) {
            try {
                database = new KnownHosts(normalized.toCharArray());
            } catch (IOException e) {
                throw new InvalidValueException(
                        ValueProblem.of(ProblemCode.KNOWN_HOSTS_UNREADABLE, shown, Text.clip(e.getMessage(), 200)), e);
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
            throw new HostKeyRejectedException(
                    "host key of " + name + " could not be checked: " + Text.clip(e.getMessage(), 200));
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
                + offered + ". Check it on the MMP console and add its line to the known hosts."
                + (unusableTypes.isEmpty()
                        ? ""
                        : " (Lines with " + String.join(", ", unusableTypes) + " keys were"
                                + " left out: the SSH library in use cannot check them; add the MMP's RSA key, e.g. from"
                                + " 'ssh-keyscan -t rsa'.)"));
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
