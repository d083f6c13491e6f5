package io.jenkins.plugins.cmswebbridge.forms;

import com.cloudbees.jenkins.plugins.sshcredentials.SSHUserPrivateKey;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardUsernameCredentials;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import hudson.util.Secret;
import io.jenkins.plugins.cmswebbridge.engine.credentials.SshCredentials;
import io.jenkins.plugins.cmswebbridge.engine.problem.InvalidValueException;
import io.jenkins.plugins.cmswebbridge.fields.EngineProblems;
import io.jenkins.plugins.cmswebbridge.fields.Messages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns the MMP user's Jenkins credentials into the engine's {@link SshCredentials}: plain data (user name,
 * password or private keys and passphrase) that authenticates with trilead in any thread on any node. Runs on
 * the controller, where the credentials were looked up; the node never sees a Jenkins credentials object,
 * so nothing on the node depends on ssh-credentials' factories (which an agent finds only in remoting's own
 * request threads).
 */
public final class SshCredentialsSnapshot {

    private SshCredentialsSnapshot() {}

    /**
     * @throws IllegalArgumentException when the credentials are of a kind that holds neither a password nor
     *     private keys, hold no key, or cannot be read; the message names the field and the ID, never a secret
     */
    public static SshCredentials of(StandardUsernameCredentials credentials) {
        try {
            return read(CredentialsProvider.snapshot(StandardUsernameCredentials.class, credentials));
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException e) {
            // a credentials type of another plugin, failing in its own code: its message may quote anything
            throw new IllegalArgumentException(
                    Messages.Run_CredentialsUnreadable(
                            credentials.getId(), e.getClass().getSimpleName()),
                    null);
        }
    }

    private static SshCredentials read(StandardUsernameCredentials snapshot) {
        String username = snapshot.getUsername();
        if (snapshot instanceof SSHUserPrivateKey key) {
            List<char[]> keys = new ArrayList<>();
            for (String pem : key.getPrivateKeys()) {
                keys.add(pem.toCharArray());
            }
            if (keys.isEmpty()) {
                // ssh-credentials gives no key when a key file on the controller cannot be read
                throw new IllegalArgumentException(Messages.Run_CredentialsNoKey(snapshot.getId()));
            }
            Secret passphrase = key.getPassphrase();
            char[] phrase = passphrase == null || passphrase.getPlainText().isEmpty()
                    ? null
                    : passphrase.getPlainText().toCharArray();
            return privateKeys(snapshot.getId(), username, keys, phrase);
        }
        if (snapshot instanceof StandardUsernamePasswordCredentials password) {
            return SshCredentials.password(
                    username, password.getPassword().getPlainText().toCharArray());
        }
        throw new IllegalArgumentException(Messages.Run_CredentialsKind(snapshot.getId()));
    }

    /**
     * The engine's credentials from these keys, which it reads before anything connects; the arrays given are wiped.
     *
     * @throws IllegalArgumentException naming {@code credentialsId}, the ID and each key that cannot be used (by its
     *     number, never quoted), in the request's or the JVM's language
     */
    public static SshCredentials privateKeys(String id, String username, List<char[]> keys, char[] passphrase) {
        try {
            return SshCredentials.privateKeys(username, keys, passphrase);
        } catch (InvalidValueException e) {
            throw new IllegalArgumentException(
                    Messages.Run_CredentialsKeys(id, EngineProblems.text(e.getProblem())), null);
        } finally {
            for (char[] key : keys) {
                Arrays.fill(key, '\0');
            }
            if (passphrase != null) {
                Arrays.fill(passphrase, '\0');
            }
        }
    }
}
