package io.jenkins.plugins.cmswebbridge.engine.credentials;

import io.jenkins.plugins.cmswebbridge.engine.credentials.PrivateKeyKind.Algorithm;
import io.jenkins.plugins.cmswebbridge.engine.credentials.PrivateKeyKind.Damage;
import io.jenkins.plugins.cmswebbridge.engine.credentials.PrivateKeyKind.Format;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads what kind of private key a text holds ({@link PrivateKeyKind}) from the characters themselves, as trilead
 * finds a key: the first line that opens a block it knows, whatever comes before. The key is secret, so nothing of it
 * becomes a {@link String}: lines are compared in place, and of an OpenSSH key only the start of the public part is
 * decoded (its format name, cipher, key derivation and key type), each compared with the names OpenSSH uses.
 */
final class PrivateKeyReader {

    private static final String BEGIN = "-----BEGIN ";
    private static final String END = "-----END ";
    private static final String DASHES = "-----";
    private static final String PUTTY = "PuTTY-User-Key-File-";
    private static final byte[] OPENSSH_MAGIC = "openssh-key-v1\0".getBytes(StandardCharsets.US_ASCII);
    /** The longest cipher or key type name read from an OpenSSH key; OpenSSH's are shorter. */
    private static final int MAX_NAME = 64;

    /** The ciphers OpenSSH 9 can encrypt a key with ({@code ssh -Q cipher}), and {@code none}. */
    private static final List<String> OPENSSH_CIPHERS = List.of(
            "none",
            "3des-cbc",
            "aes128-cbc",
            "aes192-cbc",
            "aes256-cbc",
            "aes128-ctr",
            "aes192-ctr",
            "aes256-ctr",
            "aes128-gcm@openssh.com",
            "aes256-gcm@openssh.com",
            "chacha20-poly1305@openssh.com");

    /** A block's label after {@code -----BEGIN }, and what it says. */
    private enum Label {
        RSA("RSA PRIVATE KEY", Format.PEM, Algorithm.RSA, false),
        DSA("DSA PRIVATE KEY", Format.PEM, Algorithm.DSA, false),
        EC("EC PRIVATE KEY", Format.PEM, Algorithm.ECDSA, false),
        OPENSSH("OPENSSH PRIVATE KEY", Format.OPENSSH, Algorithm.UNKNOWN, false),
        PKCS8("PRIVATE KEY", Format.PKCS8, Algorithm.UNKNOWN, false),
        PKCS8_ENCRYPTED("ENCRYPTED PRIVATE KEY", Format.PKCS8, Algorithm.UNKNOWN, true),
        PUBLIC("PUBLIC KEY", Format.PUBLIC_KEY, Algorithm.UNKNOWN, false),
        RSA_PUBLIC("RSA PUBLIC KEY", Format.PUBLIC_KEY, Algorithm.UNKNOWN, false);

        final String text;
        final Format format;
        final Algorithm algorithm;
        final boolean encrypted;

        Label(String text, Format format, Algorithm algorithm, boolean encrypted) {
            this.text = text;
            this.format = format;
            this.algorithm = algorithm;
            this.encrypted = encrypted;
        }
    }

    private PrivateKeyReader() {}

    static PrivateKeyKind read(char[] text) {
        boolean publicKey = false;
        CharLines lines = new CharLines(text);
        while (lines.next()) {
            if (lines.startsWith(BEGIN)) {
                Label label = label(lines);
                if (label == Label.PUBLIC || label == Label.RSA_PUBLIC) {
                    publicKey = true;
                } else if (label != null) {
                    return block(lines, label);
                }
            } else if (lines.startsWith(PUTTY)) {
                return putty(lines);
            } else if (lines.startsWith("---- BEGIN SSH2 PUBLIC KEY")
                    || (lines.startsWith("ssh-") || lines.startsWith("ecdsa-sha2-") || lines.startsWith("sk-"))
                            && lines.contains(" AAAA")) {
                publicKey = true;
            }
        }
        return publicKey
                ? new PrivateKeyKind(Format.PUBLIC_KEY, Algorithm.UNKNOWN, false, Damage.NONE, null)
                : PrivateKeyKind.NOT_A_KEY;
    }

    private static Label label(CharLines lines) {
        for (Label label : Label.values()) {
            if (lines.startsWith(BEGIN + label.text + DASHES)) {
                return label;
            }
        }
        return null;
    }

    /** The rest of a PEM-style block: headers, base64 body, end line; for an OpenSSH key, its header too. */
    private static PrivateKeyKind block(CharLines lines, Label label) {
        boolean encrypted = label.encrypted;
        boolean headers = true;
        boolean base64 = true;
        int bodyStart = -1;
        int bodyEnd = -1;
        int digits = 0;
        while (lines.next()) {
            if (lines.startsWith(END + label.text + DASHES)) {
                bodyEnd = lines.start();
                break;
            }
            if (headers && lines.contains(":")) { // trilead reads lines with a colon before the body as headers
                encrypted |= lines.startsWith("Proc-Type:") && lines.contains("ENCRYPTED");
                continue;
            }
            headers = false;
            if (bodyStart < 0) {
                bodyStart = lines.start();
            }
            int count = lines.base64Digits();
            base64 &= count >= 0;
            digits += Math.max(count, 0);
        }
        Algorithm algorithm = label.algorithm;
        String cipher = null;
        Damage damage = bodyEnd < 0 ? Damage.NO_END : base64 && digits > 0 ? Damage.NONE : Damage.NOT_BASE64;
        if (damage == Damage.NONE && label == Label.OPENSSH) {
            OpenSshHeader header = OpenSshHeader.read(new Base64Stream(lines.text(), bodyStart, bodyEnd));
            if (header == null) {
                damage = Damage.BAD_STRUCTURE;
            } else {
                algorithm = header.algorithm();
                cipher = header.encrypted() ? header.cipher() : null;
                encrypted = header.encrypted();
            }
        }
        return new PrivateKeyKind(label.format, algorithm, encrypted, damage, cipher);
    }

    /** A PuTTY key: encrypted unless its {@code Encryption:} line says {@code none}. */
    private static PrivateKeyKind putty(CharLines lines) {
        boolean encrypted = false;
        while (lines.next()) {
            if (lines.startsWith("Encryption:")) {
                encrypted = !lines.endsWith(" none") && !lines.endsWith(":none");
                break;
            }
        }
        return new PrivateKeyKind(Format.PUTTY, Algorithm.UNKNOWN, encrypted, Damage.NONE, null);
    }

    /** What the public start of an OpenSSH key says: {@code openssh-key-v1}, cipher, kdf, options, keys, key type. */
    private record OpenSshHeader(boolean encrypted, String cipher, Algorithm algorithm) {

        /** @return {@code null} when the bytes are not an OpenSSH key's header */
        static OpenSshHeader read(Base64Stream in) {
            for (byte b : OPENSSH_MAGIC) {
                if (in.read() != (b & 0xFF)) {
                    return null;
                }
            }
            byte[] cipher = in.name();
            byte[] kdf = in.name();
            if (cipher == null || kdf == null || !in.skip(in.uint32())) {
                return null;
            }
            int keys = in.uint32();
            int publicKeyLength = in.uint32();
            byte[] type = in.name(); // the public key's first field
            if (keys < 1 || publicKeyLength < 0 || type == null) {
                return null;
            }
            boolean none = is(cipher, "none");
            String known = null;
            for (String name : OPENSSH_CIPHERS) {
                if (is(cipher, name)) {
                    known = name;
                }
            }
            return new OpenSshHeader(!none, known, algorithm(type));
        }

        private static Algorithm algorithm(byte[] type) {
            if (is(type, "ssh-rsa")) {
                return Algorithm.RSA;
            }
            if (is(type, "ssh-dss")) {
                return Algorithm.DSA;
            }
            if (is(type, "ssh-ed25519")) {
                return Algorithm.ED25519;
            }
            if (is(type, "ecdsa-sha2-nistp256")) {
                return Algorithm.ECDSA_P256;
            }
            if (is(type, "ecdsa-sha2-nistp384")) {
                return Algorithm.ECDSA_P384;
            }
            return is(type, "ecdsa-sha2-nistp521") ? Algorithm.ECDSA_P521 : Algorithm.OTHER;
        }

        private static boolean is(byte[] bytes, String name) {
            if (bytes.length != name.length()) {
                return false;
            }
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] != name.charAt(i)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The bytes of base64 text in part of a char array, decoded one at a time; blanks are skipped. */
    private static final class Base64Stream {
        private final char[] text;
        private int pos;
        private final int end;
        private int bits;
        private int count;

        Base64Stream(char[] text, int start, int end) {
            this.text = text;
            this.pos = start;
            this.end = end;
        }

        /** The next byte, or -1 at the end. */
        int read() {
            while (count < 8) {
                if (pos >= end) {
                    return -1;
                }
                int v = CharLines.base64Value(text[pos++]);
                if (v == -2) {
                    return -1; // '=' ends the data
                }
                if (v >= 0) {
                    bits = (bits << 6) | v;
                    count += 6;
                }
            }
            count -= 8;
            return (bits >>> count) & 0xFF;
        }

        /** An SSH uint32, or -1 past the end or above {@link Integer#MAX_VALUE}. */
        int uint32() {
            long value = 0;
            for (int i = 0; i < 4; i++) {
                int b = read();
                if (b < 0) {
                    return -1;
                }
                value = (value << 8) | b;
            }
            return value > Integer.MAX_VALUE ? -1 : (int) value;
        }

        /** An SSH string of at most {@value #MAX_NAME} bytes (a name), or {@code null}. */
        byte[] name() {
            int length = uint32();
            if (length < 0 || length > MAX_NAME) {
                return null;
            }
            byte[] name = new byte[length];
            for (int i = 0; i < length; i++) {
                int b = read();
                if (b < 0) {
                    return null;
                }
                name[i] = (byte) b;
            }
            return name;
        }

        boolean skip(int length) {
            if (length < 0) {
                return false;
            }
            for (int i = 0; i < length; i++) {
                if (read() < 0) {
                    return false;
                }
            }
            return true;
        }
    }
}
