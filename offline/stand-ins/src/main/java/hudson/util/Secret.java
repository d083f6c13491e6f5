package hudson.util;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.cmswebbridge.standins.StandIn;
import java.io.Serializable;

// stand-in: jenkins-core hudson.util.Secret (the members the plugin calls; the package-private
// constructors take a value, this one none)
public final class Secret implements Serializable {

    private static final long serialVersionUID = 1L;

    Secret() {
        StandIn.fail();
    }

    @NonNull
    public String getPlainText() {
        return StandIn.unsupported();
    }

    @NonNull
    public static Secret fromString(@CheckForNull String data) {
        return StandIn.unsupported();
    }
}
