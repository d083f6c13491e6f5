package io.jenkins.plugins.cmswebbridge.engine.hostkey;

import io.jenkins.plugins.cmswebbridge.engine.hosts.HostAddress;

/**
 * Accepts any host key. Only for an explicit opt-in; the runner warns about it on every run and still
 * records each host's fingerprint so that it can be checked afterwards.
 */
public final class NonVerifyingVerifier implements HostKeyVerifier {

    private static final long serialVersionUID = 1L;

    @Override
    public void verify(HostAddress host, String algorithm, byte[] keyBlob) {
        // accepted by choice of the administrator
    }

    @Override
    public boolean isVerifying() {
        return false;
    }

    @Override
    public String toString() {
        return "no host key verification";
    }
}
