package hudson.remoting;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;

// stand-in: jenkinsci/remoting, hudson.remoting.Future
@SuppressFBWarnings(
        value = "NM_SAME_SIMPLE_NAME_AS_INTERFACE",
        justification = "This class is just an alias, but this alias is a part of public API")
public interface Future<V> extends java.util.concurrent.Future<V> {}
