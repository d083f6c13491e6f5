package hudson.scheduler;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import io.jenkins.plugins.cmswebbridge.standins.StandIn;

// stand-in: jenkins-core hudson.scheduler.Hash (the package-private constructor, next and from; every other member
// left out)
public abstract class Hash {

    Hash() {}

    public abstract int next(int n);

    @SuppressFBWarnings(value = "PREDICTABLE_RANDOM", justification = "The random is just used for load distribution.")
    public static Hash from(String seed) {
        return StandIn.unsupported();
    }
}
