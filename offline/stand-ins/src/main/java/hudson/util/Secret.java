package hudson.util;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Serializable;

// stand-in: jenkins-core hudson.util.Secret (the members the plugin calls; the package-private
// constructors take a value, this one none)
public final class Secret implements Serializable {

    private static final long serialVersionUID = 1L;

    Secret() {
        throw new UnsupportedOperationException("stand-in");
    }

    @NonNull
    public String getPlainText() {
        throw new UnsupportedOperationException("stand-in");
    }

    @NonNull
    public static Secret fromString(@CheckForNull String data) {
        throw new UnsupportedOperationException("stand-in");
    }
}
