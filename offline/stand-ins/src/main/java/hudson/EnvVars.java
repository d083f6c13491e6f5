package hudson;

import io.jenkins.plugins.cmswebbridge.standins.StandIn;
import java.util.TreeMap;

// stand-in: jenkins-core hudson.EnvVars (the members the plugin calls)
public class EnvVars extends TreeMap<String, String> {

    private static final long serialVersionUID = 1L;

    public String expand(String s) {
        return StandIn.unsupported();
    }
}
