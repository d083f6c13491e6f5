package io.jenkins.plugins.cmswebbridge.engine.credentials;

import java.io.Serializable;
import javax.security.auth.Destroyable;

/**
 * Secrets held as arrays, wiped when the run that used them ends: {@link #destroy()} overwrites them and marks them
 * destroyed, and {@link #requireAlive(String)} refuses to use them afterwards.
 */
public abstract class Secrets implements Destroyable, Serializable {

    private static final long serialVersionUID = 1L;

    private volatile boolean destroyed;

    /** Overwrites every secret array. */
    protected abstract void wipe();

    @Override
    public final void destroy() {
        destroyed = true;
        wipe();
    }

    @Override
    public final boolean isDestroyed() {
        return destroyed;
    }

    /** @throws IllegalStateException saying {@code what} was destroyed, once it is */
    protected final void requireAlive(String what) {
        if (destroyed) {
            throw new IllegalStateException(what + " were destroyed after the run that used them");
        }
    }
}
