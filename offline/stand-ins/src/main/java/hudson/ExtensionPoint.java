package hudson;

// stand-in: jenkins-core hudson.ExtensionPoint (its nested deprecated annotation LegacyInstancesAreScopedToHudson left
// out)
public interface ExtensionPoint {}
