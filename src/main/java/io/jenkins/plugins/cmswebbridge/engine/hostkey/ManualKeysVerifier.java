package io.jenkins.plugins.cmswebbridge.engine.hostkey;

import io.jenkins.plugins.cmswebbridge.engine.hosts.HostAddress;
import io.jenkins.plugins.cmswebbridge.engine.problem.InvalidValueException;
import io.jenkins.plugins.cmswebbridge.engine.problem.ProblemCode;
import io.jenkins.plugins.cmswebbridge.engine.problem.ValueProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Verifies each MMP against the public key(s) an administrator pasted for it. A host is matched as
 * {@code host:port} first, then as {@code host} alone; a host with no key is refused.
 */
public final class ManualKeysVerifier implements HostKeyVerifier {

    private static final long serialVersionUID = 1L;

    /** One trusted key: the host it belongs to ({@code host}, {@code host:port} or {@code [v6]:port}) and the key. */
    public record Entry(String host, PublicKeyLine key) implements java.io.Serializable {}

    private final List<Entry> entries;

    public ManualKeysVerifier(List<Entry> entries) {
        if (entries == null || entries.isEmpty()) {
            throw new InvalidValueException(ProblemCode.MANUAL_KEYS_NONE);
        }
        this.entries = List.copyOf(entries);
    }

    /**
     * Parses lines of the form {@code host key-type base64-key [comment]}; {@code #} lines are comments.
     * @throws InvalidValueException naming each line and its problem
     */
    public static ManualKeysVerifier parse(String text) {
        List<Entry> entries = new ArrayList<>();
        List<ValueProblem> problems = new ArrayList<>();
        String[] lines = (text == null ? "" : text).split("\r\n|\r|\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\\s+", 2);
            if (fields.length < 2) {
                problems.add(ValueProblem.of(ProblemCode.MANUAL_KEYS_NO_KEY, i + 1));
                continue;
            }
            try {
                entries.add(new Entry(fields[0], PublicKeyLine.parse(fields[1])));
            } catch (InvalidValueException e) {
                problems.add(ValueProblem.of(ProblemCode.LINE_THAT, i + 1, e.getProblem()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidValueException(ProblemCode.MANUAL_KEYS_PROBLEMS, ValueProblem.several(problems));
        }
        return new ManualKeysVerifier(entries);
    }

    @Override
    public void verify(HostAddress host, String algorithm, byte[] keyBlob) throws HostKeyRejectedException {
        List<Entry> candidates = keysFor(host);
        String offered = Fingerprints.keyType(keyBlob) + " " + Fingerprints.sha256(keyBlob);
        if (candidates.isEmpty()) {
            throw new HostKeyRejectedException("No host key was provided for " + host.display()
                    + ": the server offered " + offered + ". Check it on the MMP console and add it.");
        }
        for (Entry entry : candidates) {
            if (entry.key().matches(algorithm, keyBlob)) {
                return;
            }
        }
        throw new HostKeyRejectedException("Host key mismatch for " + host.display() + ": the server offered "
                + offered + ", expected " + candidates.get(0).key().getType() + " "
                + candidates.get(0).key().fingerprint() + ".");
    }

    private List<Entry> keysFor(HostAddress host) {
        List<Entry> exact = new ArrayList<>();
        List<Entry> byName = new ArrayList<>();
        String withPort = host.display().toLowerCase(Locale.ROOT);
        for (Entry entry : entries) {
            String h = entry.host().toLowerCase(Locale.ROOT);
            if (h.equals(withPort)) {
                exact.add(entry);
            } else if (h.equals(host.getHost().toLowerCase(Locale.ROOT))
                    || h.equals(host.bracketedHost().toLowerCase(Locale.ROOT))) {
                byName.add(entry);
            }
        }
        return exact.isEmpty() ? byName : exact;
    }

    @Override
    public String[] preferredAlgorithms(HostAddress host, String[] available) {
        List<String> types =
                keysFor(host).stream().map(e -> e.key().getType()).distinct().toList();
        return HostKeyAlgorithms.preferred(types, available);
    }

    @Override
    public String toString() {
        return "manually provided host keys (" + entries.size() + ")";
    }
}
