package io.jenkins.plugins.cmswebbridge.run;

import io.jenkins.plugins.cmswebbridge.engine.credentials.SshCredentials;
import io.jenkins.plugins.cmswebbridge.engine.hostkey.HostKeyVerifier;
import io.jenkins.plugins.cmswebbridge.engine.hosts.HostAddress;
import io.jenkins.plugins.cmswebbridge.engine.problem.ProblemIOException;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.MmpLogSettings;
import io.jenkins.plugins.cmswebbridge.engine.sftp.SftpSyslogReport;
import io.jenkins.plugins.cmswebbridge.engine.sftp.SftpSyslogSource;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.util.List;
import jenkins.security.MasterToSlaveCallable;

/**
 * Reads each MMP's own log over SFTP on the node that runs the build, and returns only the figures and the hosts
 * not read. Plain data only (hosts, the engine's credentials, host key verifier and SFTP settings): the node needs no
 * Jenkins class. The credentials this copy carries are wiped when the call ends, whatever its outcome. An interrupt
 * of the thread (remoting's cancel of the call, or the build's abort on the controller) closes the open connection
 * and ends the call.
 */
public final class RemoteMmpLogFetch extends MasterToSlaveCallable<SftpSyslogReport, IOException> {

    private static final long serialVersionUID = 1L;

    private final List<HostAddress> hosts;
    private final SshCredentials login;
    private final HostKeyVerifier verifier;
    private final MmpLogSettings settings;

    public RemoteMmpLogFetch(
            List<HostAddress> hosts, SshCredentials login, HostKeyVerifier verifier, MmpLogSettings settings) {
        this.hosts = List.copyOf(hosts);
        this.login = login;
        this.verifier = verifier;
        this.settings = settings;
    }

    /**
     * @throws HostKeysProblem when the host key verifier cannot be prepared on this node (e.g. a known hosts file
     *     that is missing), before any connection
     * @throws InterruptedIOException when the call was interrupted; the connection is closed first
     */
    @Override
    public SftpSyslogReport call() throws IOException {
        try {
            try {
                verifier.prepare();
            } catch (InterruptedIOException e) {
                throw e;
            } catch (IOException e) {
                throw new HostKeysProblem(e);
            }
            return new SftpSyslogSource(settings, Clock.systemUTC()).fetch(hosts, login, verifier);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("reading the MMPs' logs was interrupted");
        } finally {
            login.destroy();
        }
    }

    /**
     * The host key verification could not be set up on the node: told apart from a failure of the channel; the
     * controller words its problem.
     */
    public static final class HostKeysProblem extends ProblemIOException {

        private static final long serialVersionUID = 1L;

        HostKeysProblem(IOException failure) {
            super(problemOf(failure), null);
        }
    }
}
