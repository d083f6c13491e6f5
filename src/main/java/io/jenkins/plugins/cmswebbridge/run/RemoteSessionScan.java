package io.jenkins.plugins.cmswebbridge.run;

import io.jenkins.plugins.cmswebbridge.engine.problem.ProblemIOException;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.SessionLeakReport;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.SessionLeakSettings;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.time.Clock;
import jenkins.security.MasterToSlaveCallable;

/** Reads the CMS syslog files in a workspace on the node that holds it, and returns only the figures. */
public final class RemoteSessionScan extends MasterToSlaveCallable<SessionLeakReport, IOException> {

    private static final long serialVersionUID = 1L;

    private final String workspace;
    private final String pattern;

    public RemoteSessionScan(String workspace, String pattern) {
        this.workspace = workspace;
        this.pattern = pattern;
    }

    /**
     * @throws LogsProblem when the files cannot be found or read (the step reports it against its {@code logs} field);
     *     any other {@link IOException} comes from the channel itself, such as a lost agent
     */
    @Override
    public SessionLeakReport call() throws IOException {
        try {
            return SessionLeakSettings.scan(Path.of(workspace), pattern, Clock.systemUTC());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("reading the CMS logs was interrupted");
        } catch (InterruptedIOException e) {
            throw e;
        } catch (IOException e) {
            throw new LogsProblem(e);
        }
    }

    /**
     * A problem with the log files themselves, told apart from a failure of the channel; the controller words its
     * problem.
     */
    public static final class LogsProblem extends ProblemIOException {

        private static final long serialVersionUID = 1L;

        LogsProblem(IOException failure) {
            super(problemOf(failure), null);
        }
    }
}
