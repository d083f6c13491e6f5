package io.jenkins.plugins.cmswebbridge;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cloudbees.jenkins.plugins.sshcredentials.impl.BasicSSHUserPrivateKey;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl;
import hudson.model.Run;
import io.jenkins.plugins.cmswebbridge.sim.Fault;
import io.jenkins.plugins.cmswebbridge.sim.MmpSimulator;
import io.jenkins.plugins.cmswebbridge.sim.SimulatedMmps;
import io.jenkins.plugins.cmswebbridge.sim.TestKeys;
import java.io.IOException;
import java.security.KeyPair;
import java.util.List;

/**
 * Shared set-up of the JenkinsRule tests (real build only): simulated MMPs and the Jenkins credentials
 * that log in to them.
 */
final class JenkinsTestSupport implements AutoCloseable {

    static final String USER = "admin";
    static final String PASSWORD = "Jenkins-Pa55word-never-shown";
    static final String PASSWORD_ID = "cms-mmp-password";
    static final String KEY_ID = "cms-mmp-key";
    static final KeyPair KEY = TestKeys.rsa(3);

    private final SimulatedMmps mmps = new SimulatedMmps(USER, PASSWORD, KEY.getPublic());

    MmpSimulator start(Fault fault) {
        return mmps.start(fault);
    }

    /** A simulator with this group's account, configured further by the caller. */
    MmpSimulator start(MmpSimulator.Builder builder) {
        return mmps.start(builder.username(USER).password(PASSWORD).authorizedKey(KEY.getPublic()));
    }

    List<MmpSimulator> simulators() {
        return mmps.all();
    }

    /** The host list, one {@code host:port} per line. */
    String hosts() {
        return mmps.hostList();
    }

    /** known_hosts lines for every simulator. */
    String knownHosts() {
        return mmps.knownHosts();
    }

    static UsernamePasswordCredentialsImpl addPasswordCredentials() throws Exception {
        UsernamePasswordCredentialsImpl c =
                new UsernamePasswordCredentialsImpl(CredentialsScope.GLOBAL, PASSWORD_ID, "MMP admin", USER, PASSWORD);
        SystemCredentialsProvider.getInstance().getCredentials().add(c);
        SystemCredentialsProvider.getInstance().save();
        return c;
    }

    static BasicSSHUserPrivateKey addKeyCredentials() throws Exception {
        BasicSSHUserPrivateKey c = new BasicSSHUserPrivateKey(
                CredentialsScope.GLOBAL,
                KEY_ID,
                USER,
                new BasicSSHUserPrivateKey.DirectEntryPrivateKeySource(TestKeys.pkcs1Pem(KEY)),
                null,
                "MMP admin key");
        SystemCredentialsProvider.getInstance().getCredentials().add(c);
        SystemCredentialsProvider.getInstance().save();
        return c;
    }

    /** The build archived a file of this name, e.g. the restart log or the JSON report. */
    static void assertArchived(Run<?, ?> build, String name) throws IOException {
        assertTrue(build.getArtifactManager().root().child(name).isFile(), name + " is archived");
    }

    /** A marker of the private key's text that must never be printed or archived. */
    static String privateKeyMarker() {
        String pem = TestKeys.pkcs1Pem(KEY);
        String[] lines = pem.split("\n");
        return lines[lines.length / 2];
    }

    @Override
    public void close() {
        mmps.close();
    }
}
