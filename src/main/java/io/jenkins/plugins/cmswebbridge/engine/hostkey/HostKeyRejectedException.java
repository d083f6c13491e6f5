package io.jenkins.plugins.cmswebbridge.engine.hostkey;

/** The MMP offered a host key that is not the expected one, or no key is known for it. */
public final class HostKeyRejectedException extends Exception {

    private static final long serialVersionUID = 1L;

    public HostKeyRejectedException(String message) {
        super(message);
    }
}
