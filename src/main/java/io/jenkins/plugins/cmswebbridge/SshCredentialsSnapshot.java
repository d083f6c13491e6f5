package io.jenkins.plugins.cmswebbridge;

import com.cloudbees.jenkins.plugins.sshcredentials.SSHUserPrivateKey;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardUsernameCredentials;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import hudson.util.Secret;
import io.jenkins.plugins.cmswebbridge.engine.SshCredentials;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the MMP user's Jenkins credentials into the engine's {@link SshCredentials}: plain data (user name,
 * password or private keys and passphrase) that authenticates with trilead in any thread on any node. Runs on
 * the controller, where the credentials were looked up; the node never sees a Jenkins credentials object,
 * so nothing on the node depends on ssh-credentials' factories (which an agent finds only in remoting's own
 * request threads).
 */
final class SshCredentialsSnapshot {

    private SshCredentialsSnapshot() {}

    /**
     * @throws IllegalArgumentException when the credentials are of a kind that holds neither a password nor
     *     private keys, or hold no key
     */
    static SshCredentials of(StandardUsernameCredentials credentials) {
        StandardUsernameCredentials snapshot =
                CredentialsProvider.snapshot(StandardUsernameCredentials.class, credentials);
        String username = snapshot.getUsername();
        if (snapshot instanceof SSHUserPrivateKey key) {
            List<char[]> keys = new ArrayList<>();
            for (String pem : key.getPrivateKeys()) {
                keys.add(pem.toCharArray());
            }
            Secret passphrase = key.getPassphrase();
            char[] phrase = passphrase == null || passphrase.getPlainText().isEmpty()
                    ? null
                    : passphrase.getPlainText().toCharArray();
            return SshCredentials.privateKeys(username, keys, phrase);
        }
        if (snapshot instanceof StandardUsernamePasswordCredentials password) {
            return SshCredentials.password(
                    username, password.getPassword().getPlainText().toCharArray());
        }
        throw new IllegalArgumentException(Messages.Run_CredentialsKind(credentials.getId()));
    }
}
