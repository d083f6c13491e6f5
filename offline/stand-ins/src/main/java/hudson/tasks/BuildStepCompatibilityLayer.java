package hudson.tasks;

// stand-in: jenkins-core hudson.tasks.BuildStepCompatibilityLayer
public abstract class BuildStepCompatibilityLayer implements BuildStep {}
