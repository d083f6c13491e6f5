package io.jenkins.plugins.cmswebbridge.engine.activecalls;

import io.jenkins.plugins.cmswebbridge.engine.problem.InvalidValueException;
import io.jenkins.plugins.cmswebbridge.engine.problem.ProblemCode;
import io.jenkins.plugins.cmswebbridge.engine.problem.Text;
import io.jenkins.plugins.cmswebbridge.engine.problem.ValueProblem;
import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Certificate trust for the call bridges' APIs: the Java runtime's authorities, plus optional PEM
 * certificates (an internal CA), never less. Host names are always verified by the HTTP client.
 */
public final class CustomCa {

    private static final Pattern PEM =
            Pattern.compile("-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\\s]*?)-----END CERTIFICATE-----");

    private CustomCa() {}

    /**
     * Parses PEM text; empty text gives an empty list.
     *
     * @throws InvalidValueException saying what is wrong: no certificate, a private key, bad data
     */
    public static List<X509Certificate> parse(String pem) {
        List<X509Certificate> certificates = new ArrayList<>();
        if (pem == null || pem.isBlank()) {
            return certificates;
        }
        if (pem.contains("PRIVATE KEY-----")) {
            throw new InvalidValueException(ProblemCode.CA_PRIVATE_KEY);
        }
        Matcher m = PEM.matcher(pem);
        int n = 0;
        while (m.find()) {
            n++;
            try {
                byte[] der = Base64.getMimeDecoder().decode(m.group(1));
                CertificateFactory factory = CertificateFactory.getInstance("X.509");
                certificates.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der)));
            } catch (IllegalArgumentException | CertificateException e) {
                throw new InvalidValueException(
                        ValueProblem.of(ProblemCode.CA_UNREADABLE, n, Text.clip(e.getMessage(), 200)), e);
            }
        }
        if (certificates.isEmpty()) {
            throw new InvalidValueException(ProblemCode.CA_NONE);
        }
        return certificates;
    }

    /** An SSL context trusting the Java runtime's authorities and these certificates. */
    public static SSLContext sslContext(List<X509Certificate> extra) throws GeneralSecurityException {
        X509TrustManager defaults = trustManager(null);
        X509TrustManager custom = null;
        if (!extra.isEmpty()) {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            try {
                store.load(null, null);
            } catch (java.io.IOException e) {
                throw new GeneralSecurityException(e);
            }
            for (int i = 0; i < extra.size(); i++) {
                store.setCertificateEntry("custom-ca-" + i, extra.get(i));
            }
            custom = trustManager(store);
        }
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {new EitherTrustManager(defaults, custom)}, null);
        return context;
    }

    private static X509TrustManager trustManager(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        for (TrustManager tm : factory.getTrustManagers()) {
            if (tm instanceof X509TrustManager x509) {
                return x509;
            }
        }
        throw new GeneralSecurityException("no X.509 trust manager");
    }

    /** Accepts a server chain that the default authorities or the custom ones accept. */
    private static final class EitherTrustManager implements X509TrustManager {

        private final X509TrustManager defaults;
        private final X509TrustManager custom;

        EitherTrustManager(X509TrustManager defaults, X509TrustManager custom) {
            this.defaults = defaults;
            this.custom = custom;
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("client certificates are not checked here");
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            try {
                defaults.checkServerTrusted(chain, authType);
            } catch (CertificateException e) {
                if (custom == null) {
                    throw e;
                }
                custom.checkServerTrusted(chain, authType);
            }
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            List<X509Certificate> all = new ArrayList<>(List.of(defaults.getAcceptedIssuers()));
            if (custom != null) {
                all.addAll(List.of(custom.getAcceptedIssuers()));
            }
            return all.toArray(new X509Certificate[0]);
        }
    }
}
