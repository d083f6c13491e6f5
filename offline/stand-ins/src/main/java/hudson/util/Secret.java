package hudson.util;

import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.cmswebbridge.standins.StandIn;
import java.io.Serializable;

// stand-in: jenkins-core hudson.util.Secret (getPlainText(), the member the plugin calls, and one of the
// package-private constructors, so that Java adds no public one; the other constructor and every other member left
// out)
public final class Secret implements Serializable {

    private static final long serialVersionUID = 1L;

    /*package*/ Secret(String value) {
        StandIn.fail();
    }

    @NonNull
    public String getPlainText() {
        return StandIn.unsupported();
    }
}
