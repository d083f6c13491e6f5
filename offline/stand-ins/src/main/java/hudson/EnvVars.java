package hudson;

import io.jenkins.plugins.cmswebbridge.standins.StandIn;
import java.util.TreeMap;

// stand-in: jenkins-core hudson.EnvVars (expand(String), the member the plugin calls; the constructors other than the
// no-argument one and every other member left out)
public class EnvVars extends TreeMap<String, String> {

    private static final long serialVersionUID = 4320331661987259022L;

    public String expand(String s) {
        return StandIn.unsupported();
    }
}
