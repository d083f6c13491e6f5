package io.jenkins.plugins.cmswebbridge.engine.sftp;

import io.jenkins.plugins.cmswebbridge.engine.sessionleak.SessionLeakReport;
import java.io.Serializable;
import java.util.List;

/**
 * What fetching the MMPs' logs gave: one session-leak report merged from everything read (its file problems end
 * with one line per problem below), and the hosts whose log was not read, or not to the end. Immutable.
 */
public final class SftpSyslogReport implements Serializable {

    private static final long serialVersionUID = 1L;

    private final SessionLeakReport report;
    private final List<SftpFetchProblem> problems;

    SftpSyslogReport(SessionLeakReport report, List<SftpFetchProblem> problems) {
        this.report = report;
        this.problems = List.copyOf(problems);
    }

    /** The figures of every file read, as if the files had been scanned together. */
    public SessionLeakReport getReport() {
        return report;
    }

    /** One entry per host with a problem, in host-list order; empty when every log was read to the end. */
    public List<SftpFetchProblem> getProblems() {
        return problems;
    }

    /** Whether every host's log was read to the end. */
    public boolean isComplete() {
        return problems.isEmpty();
    }
}
