package hudson.model.queue;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Queue.Task;
import io.jenkins.plugins.cmswebbridge.standins.StandIn;
import org.springframework.security.core.Authentication;

// stand-in: jenkins-core hudson.model.queue.Tasks (getAuthenticationOf2(Task), the member the plugin calls; its other
// static methods left out)
public class Tasks {

    public static @NonNull Authentication getAuthenticationOf2(@NonNull Task t) {
        return StandIn.unsupported();
    }
}
