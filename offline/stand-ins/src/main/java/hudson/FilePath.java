package hudson;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.cmswebbridge.standins.StandIn;
import java.io.File;
import org.jenkinsci.remoting.SerializableOnlyOverRemoting;

// stand-in: jenkins-core hudson.FilePath (the members the plugin calls: the local-file constructor, getRemote(),
// getChannel() and isRemote(); its other constructors and members left out)
public final class FilePath implements SerializableOnlyOverRemoting {

    private static final long serialVersionUID = 1L;

    public FilePath(@NonNull File localPath) {
        StandIn.fail();
    }

    public String getRemote() {
        return StandIn.unsupported();
    }

    public VirtualChannel getChannel() {
        return StandIn.unsupported();
    }

    public boolean isRemote() {
        return StandIn.unsupported();
    }
}
