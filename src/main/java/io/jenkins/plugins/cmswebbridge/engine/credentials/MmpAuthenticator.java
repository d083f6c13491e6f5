package io.jenkins.plugins.cmswebbridge.engine.credentials;

import com.trilead.ssh2.Connection;
import java.io.IOException;
import java.io.Serializable;

/**
 * Authenticates an open trilead connection to an MMP. The plugin uses {@link SshCredentials}, plain data
 * taken from the Jenkins credentials on the controller. Implementations travel to the node that runs the build,
 * so they are serializable, need no Jenkins class there, and their {@code toString()} never shows a secret.
 */
public interface MmpAuthenticator extends Serializable {

    /** The MMP user name, shown in messages. */
    String getUsername();

    /**
     * @return {@code true} when the MMP accepted the credentials, {@code false} when it refused them
     * @throws IOException when the connection failed during authentication
     */
    boolean authenticate(Connection connection) throws IOException;
}
