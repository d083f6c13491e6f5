package hudson.remoting;

import java.io.Serializable;
import org.jenkinsci.remoting.RoleSensitive;

// stand-in: jenkinsci/remoting, hudson.remoting.Callable (its default methods getChannelOrFail() and
// getOpenChannelOrFail() left out)
public interface Callable<V, T extends Throwable> extends Serializable, RoleSensitive {
    V call() throws T;
}
