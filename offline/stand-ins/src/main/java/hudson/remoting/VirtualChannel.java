package hudson.remoting;

import java.io.IOException;

// stand-in: jenkinsci/remoting, hudson.remoting.VirtualChannel (the members the plugin calls; close, join, export and
// syncLocalIO left out)
public interface VirtualChannel {
    <V, T extends Throwable> V call(Callable<V, T> callable) throws IOException, T, InterruptedException;

    <V, T extends Throwable> Future<V> callAsync(final Callable<V, T> callable) throws IOException;
}
