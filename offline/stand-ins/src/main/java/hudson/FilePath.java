package hudson;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.File;
import org.jenkinsci.remoting.SerializableOnlyOverRemoting;

// stand-in: jenkins-core hudson.FilePath (the members the plugin calls)
public final class FilePath implements SerializableOnlyOverRemoting {

    private static final long serialVersionUID = 1L;

    public FilePath(@NonNull File localPath) {
        throw new UnsupportedOperationException("stand-in");
    }
}
