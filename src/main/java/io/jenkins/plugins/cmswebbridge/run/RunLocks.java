package io.jenkins.plugins.cmswebbridge.run;

import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.cmswebbridge.engine.hosts.HostAddress;
import io.jenkins.plugins.cmswebbridge.engine.hosts.HostListException;
import io.jenkins.plugins.cmswebbridge.engine.hosts.HostLocks;
import io.jenkins.plugins.cmswebbridge.engine.problem.Text;
import io.jenkins.plugins.cmswebbridge.fields.Messages;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One restart at a time on each MMP, across every job of this controller: the one table of held hosts (one per
 * controller JVM, which is what "across all jobs" means), and the console lines of a run that waits for it. The
 * table lives on the controller; a run on an agent holds its hosts here while the agent works.
 */
final class RunLocks {

    private static final HostLocks LOCKS = new HostLocks();

    private RunLocks() {}

    /**
     * Takes every host of the run, waiting at most {@code maxWait} while another build holds some of them; the
     * console names that build each time the holders change. An abort of the build interrupts the wait.
     */
    static HostLocks.Acquisition acquire(
            Run<?, ?> run, List<HostAddress> hosts, Duration maxWait, TaskListener listener)
            throws InterruptedException {
        String holder = Text.clip(Text.oneLine(run.getFullDisplayName()), 200);
        return LOCKS.acquire(
                hosts,
                holder,
                maxWait,
                holders -> listener.getLogger()
                        .println(Messages.Run_WaitingForHosts(describe(holders), maxWait.toMinutes())));
    }

    /** "prod-restart #41 (mmp1.example.com:22, mmp2.example.com:22)", one entry per holding build. */
    static String describe(List<HostLocks.Holding> holders) {
        List<String> parts = new ArrayList<>();
        for (HostLocks.Holding h : holders) {
            List<String> hosts = new ArrayList<>();
            h.hosts().forEach(a -> hosts.add(a.display()));
            parts.add(h.holder() + " (" + Text.joinFirst(hosts, HostListException.MAX_LISTED) + ")");
        }
        return String.join("; ", parts);
    }
}
