package io.jenkins.plugins.cmswebbridge.engine.fleet;

import io.jenkins.plugins.cmswebbridge.engine.hosts.HostAddress;
import io.jenkins.plugins.cmswebbridge.engine.problem.Text;
import io.jenkins.plugins.cmswebbridge.engine.report.ConsoleFormatter;
import io.jenkins.plugins.cmswebbridge.engine.report.HostReport;
import java.io.PrintStream;
import java.time.Duration;

/**
 * Prints the fleet's progress: warnings, retries, and a line per host as it finishes ("[3/12] ...").
 * Used for the build console and by the demo.
 */
public final class ConsoleFleetListener implements FleetListener {

    private final PrintStream console;

    public ConsoleFleetListener(PrintStream console) {
        this.console = console;
    }

    @Override
    public void warning(String message) {
        console.println("WARNING: " + Text.oneLine(message));
    }

    @Override
    public void retrying(HostAddress host, int failedAttempt, String reason, Duration wait) {
        console.println("       " + host.display() + ": attempt " + failedAttempt + " failed (" + Text.oneLine(reason)
                + "); retrying in " + wait.toSeconds() + " s");
    }

    @Override
    public void hostFinished(HostReport report, int done, int total) {
        console.println(ConsoleFormatter.hostLine(report, done, total));
    }
}
