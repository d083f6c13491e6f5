package hudson.remoting;

// stand-in: jenkinsci/remoting, hudson.remoting.Future
public interface Future<V> extends java.util.concurrent.Future<V> {}
