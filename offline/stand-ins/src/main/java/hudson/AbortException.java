package hudson;

import java.io.IOException;

// stand-in: jenkins-core hudson.AbortException (the constructor the plugin calls; the no-argument constructor left
// out)
public class AbortException extends IOException {

    private static final long serialVersionUID = 1L;

    public AbortException(String message) {
        super(message);
    }
}
