package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.cmswebbridge.standins.StandIn;
import org.springframework.security.core.Authentication;

// stand-in: jenkins-core hudson.model.Queue (the members the plugin uses)
public class Queue {

    // upstream's constructor takes a LoadBalancer
    private Queue() {}

    public interface Task {
        default @NonNull Authentication getDefaultAuthentication2() {
            return StandIn.unsupported();
        }
    }
}
