package hudson.tasks;

// stand-in: jenkins-core hudson.tasks.BuildStepCompatibilityLayer (deprecated upstream since 1.150; used as
// Builder's superclass only; its implementations of BuildStep's methods left out)
@Deprecated
public abstract class BuildStepCompatibilityLayer implements BuildStep {}
