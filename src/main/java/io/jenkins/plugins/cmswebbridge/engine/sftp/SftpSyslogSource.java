package io.jenkins.plugins.cmswebbridge.engine.sftp;

import io.jenkins.plugins.cmswebbridge.engine.credentials.MmpAuthenticator;
import io.jenkins.plugins.cmswebbridge.engine.hostkey.HostKeyVerifier;
import io.jenkins.plugins.cmswebbridge.engine.hosts.HostAddress;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.LeakScanner;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.MmpLogSettings;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.SessionLeakReport;
import io.jenkins.plugins.cmswebbridge.engine.ssh.MmpAccess;
import io.jenkins.plugins.cmswebbridge.engine.ssh.RunControl;
import io.jenkins.plugins.cmswebbridge.engine.ssh.Watchdog;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The session-leak condition's second source of syslog: each MMP's own log file, read over SFTP with the MMP account
 * and the host key check of the restart, instead of files someone copied into the workspace.
 *
 * <p>Rules: the hosts are read one after the other, each file streamed in chunks into one {@link LeakScanner}, so
 * the report is the same as if the files had been scanned together and memory holds nothing but the scanner's
 * state and one buffer. Each host is bounded by {@link MmpLogSettings#getFetchTimeout()} and its file by
 * {@link MmpLogSettings#getMaxBytes()}; nothing is retried (a failed login counts against the MMP account). A
 * host that fails is one {@link SftpFetchProblem} and the others are still read. An interrupt of the calling thread
 * (a build abort) closes the open connection and ends the fetch within about {@value #ABORT_GRACE_SECONDS}
 * seconds with an {@link InterruptedException}.
 *
 * <p>The host key verifier must be prepared on this node first ({@link HostKeyVerifier#prepare()}), as
 * {@code NodeRun} does before it checks the conditions.
 */
public final class SftpSyslogSource {

    /** How long an aborted fetch waits for its worker to let go of the connection. */
    static final long ABORT_GRACE_SECONDS = 2;

    private final MmpLogSettings settings;
    private final Clock clock;

    /** @param clock resolves the year of syslog timestamps that have none */
    public SftpSyslogSource(MmpLogSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public MmpLogSettings getSettings() {
        return settings;
    }

    /**
     * Reads the log of every host. The report's file problems end with one line per problem, so that every place
     * that shows the report shows them too.
     *
     * @param hosts the MMPs, in the order they are read
     * @param authenticator the MMP account (the restart's credentials); not destroyed here
     * @param verifier the restart's host key check, already prepared
     * @throws InterruptedException when the calling thread is interrupted; every connection is closed first
     */
    public SftpSyslogReport fetch(List<HostAddress> hosts, MmpAuthenticator authenticator, HostKeyVerifier verifier)
            throws InterruptedException {
        List<HostAddress> list = List.copyOf(Objects.requireNonNull(hosts, "hosts"));
        Objects.requireNonNull(authenticator, "authenticator");
        Objects.requireNonNull(verifier, "verifier");
        RunControl control = new RunControl();
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "cms-webbridge-sftp-syslog");
            t.setDaemon(true);
            return t;
        });
        try (Watchdog watchdog = new Watchdog()) {
            Future<SftpSyslogReport> work =
                    worker.submit(() -> fetchAll(list, new MmpAccess(authenticator, verifier, control, watchdog)));
            try {
                return work.get();
            } catch (InterruptedException e) {
                control.abort();
                worker.shutdownNow();
                worker.awaitTermination(ABORT_GRACE_SECONDS, TimeUnit.SECONDS);
                throw new InterruptedException("the syslog fetch was aborted");
            } catch (ExecutionException e) {
                if (e.getCause() instanceof InterruptedException) {
                    throw new InterruptedException("the syslog fetch was aborted");
                }
                throw new IllegalStateException("the syslog fetch failed unexpectedly", e.getCause());
            }
        } finally {
            worker.shutdownNow();
        }
    }

    private SftpSyslogReport fetchAll(List<HostAddress> hosts, MmpAccess access) throws InterruptedException {
        LeakScanner scanner = new LeakScanner(clock);
        List<SftpFetchProblem> problems = new ArrayList<>();
        for (HostAddress host : hosts) {
            if (access.control().isAborted() || Thread.currentThread().isInterrupted()) {
                throw new InterruptedException("aborted");
            }
            SftpFetchProblem problem = new SftpHostFetch(host, settings, access).run(scanner);
            if (problem != null) {
                problems.add(problem);
            }
        }
        SessionLeakReport report = scanner.report()
                .withFileProblems(problems.stream().map(SftpFetchProblem::line).toList());
        return new SftpSyslogReport(report, problems);
    }

    /** A bound on how long {@link #fetch} can take for {@code hosts} hosts, abort aside. */
    public Duration worstCase(int hosts) {
        return settings.getFetchTimeout().multipliedBy(Math.max(0, hosts));
    }
}
