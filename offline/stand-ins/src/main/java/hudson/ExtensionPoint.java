package hudson;

// stand-in: jenkins-core hudson.ExtensionPoint
public interface ExtensionPoint {}
