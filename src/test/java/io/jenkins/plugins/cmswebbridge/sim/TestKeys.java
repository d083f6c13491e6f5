package io.jenkins.plugins.cmswebbridge.sim;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** RSA keys for tests, in the forms SSH tools use: PKCS#1 PEM (what old trilead reads), OpenSSH public key lines. */
public final class TestKeys {

    private static final ConcurrentHashMap<Integer, KeyPair> CACHE = new ConcurrentHashMap<>();

    private TestKeys() {}

    /** A fresh 2048-bit RSA key pair. */
    public static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same key pair for the same index within one JVM, generated once. */
    public static KeyPair rsa(int index) {
        return CACHE.computeIfAbsent(index, i -> rsa());
    }

    /** The private key as {@code -----BEGIN RSA PRIVATE KEY-----} (PKCS#1), built from the key's CRT fields. */
    public static String pkcs1Pem(KeyPair pair) {
        return pem(pkcs1Der(pair), "");
    }

    /**
     * The private key as an encrypted PKCS#1 PEM in OpenSSL's traditional form ({@code Proc-Type: 4,ENCRYPTED},
     * {@code DEK-Info: AES-128-CBC}), as {@code ssh-keygen -m PEM -N passphrase} writes it: the AES key is
     * MD5(passphrase || first 8 bytes of the IV).
     */
    public static String encryptedPkcs1Pem(KeyPair pair, String passphrase) {
        try {
            byte[] iv = new byte[16];
            new SecureRandom().nextBytes(iv);
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update(passphrase.getBytes(StandardCharsets.UTF_8));
            md5.update(iv, 0, 8);
            Cipher aes = Cipher.getInstance("AES/CBC/PKCS5Padding");
            aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(md5.digest(), "AES"), new IvParameterSpec(iv));
            byte[] encrypted = aes.doFinal(pkcs1Der(pair));
            return pem(
                    encrypted,
                    "Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,"
                            + HexFormat.of().withUpperCase().formatHex(iv) + "\n\n");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The private key as {@code -----BEGIN PRIVATE KEY-----} (PKCS#8), which no trilead build reads. */
    public static String pkcs8Pem(KeyPair pair) {
        return "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }

    private static String pem(byte[] der, String headers) {
        String b64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der);
        return "-----BEGIN RSA PRIVATE KEY-----\n" + headers + b64 + "\n-----END RSA PRIVATE KEY-----\n";
    }

    private static byte[] pkcs1Der(KeyPair pair) {
        RSAPrivateCrtKey k = (RSAPrivateCrtKey) pair.getPrivate();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (BigInteger n : new BigInteger[] {
            BigInteger.ZERO,
            k.getModulus(),
            k.getPublicExponent(),
            k.getPrivateExponent(),
            k.getPrimeP(),
            k.getPrimeQ(),
            k.getPrimeExponentP(),
            k.getPrimeExponentQ(),
            k.getCrtCoefficient()
        }) {
            derTlv(body, 0x02, n.toByteArray());
        }
        ByteArrayOutputStream der = new ByteArrayOutputStream();
        derTlv(der, 0x30, body.toByteArray());
        return der.toByteArray();
    }

    private static void derTlv(ByteArrayOutputStream out, int tag, byte[] value) {
        out.write(tag);
        int len = value.length;
        if (len < 0x80) {
            out.write(len);
        } else {
            int bytes = len > 0xFFFF ? 3 : len > 0xFF ? 2 : 1;
            out.write(0x80 | bytes);
            for (int i = bytes - 1; i >= 0; i--) {
                out.write(len >>> (8 * i));
            }
        }
        out.writeBytes(value);
    }

    /** The SSH wire form of an RSA public key: string "ssh-rsa", mpint e, mpint n. */
    public static byte[] sshPublicKeyBlob(PublicKey key) {
        RSAPublicKey rsa = (RSAPublicKey) key;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sshString(out, "ssh-rsa".getBytes(StandardCharsets.US_ASCII));
        sshString(out, rsa.getPublicExponent().toByteArray());
        sshString(out, rsa.getModulus().toByteArray());
        return out.toByteArray();
    }

    /** Writes an SSH string: its length as a uint32, then the bytes. */
    public static void sshString(ByteArrayOutputStream out, byte[] data) {
        out.write(data.length >>> 24);
        out.write(data.length >>> 16);
        out.write(data.length >>> 8);
        out.write(data.length);
        out.writeBytes(data);
    }

    /** {@code ssh-rsa AAAA...}, as in authorized_keys or after the host name in known_hosts. */
    public static String openSshPublicKey(PublicKey key) {
        return "ssh-rsa " + Base64.getEncoder().encodeToString(sshPublicKeyBlob(key));
    }
}
