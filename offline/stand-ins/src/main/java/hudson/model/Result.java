package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.cmswebbridge.standins.StandIn;
import java.io.Serializable;

// stand-in: jenkins-core hudson.model.Result (the constants the plugin uses; its interface CustomExportedBean, the
// other constants and every other member left out; upstream's private constructor takes a name, a BallColor, an
// ordinal and a flag)
public final class Result implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final @NonNull Result UNSTABLE = StandIn.placeholder(Result.class);
    public static final @NonNull Result FAILURE = StandIn.placeholder(Result.class);

    private Result() {}
}
