package hudson;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.remoting.VirtualChannel;
import java.io.File;
import org.jenkinsci.remoting.SerializableOnlyOverRemoting;

// stand-in: jenkins-core hudson.FilePath (the members the plugin calls)
public final class FilePath implements SerializableOnlyOverRemoting {

    private static final long serialVersionUID = 1L;

    public FilePath(@NonNull File localPath) {
        throw new UnsupportedOperationException("stand-in");
    }

    public String getRemote() {
        throw new UnsupportedOperationException("stand-in");
    }

    public VirtualChannel getChannel() {
        throw new UnsupportedOperationException("stand-in");
    }
}
