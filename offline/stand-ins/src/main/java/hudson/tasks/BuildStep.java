package hudson.tasks;

// stand-in: jenkins-core hudson.tasks.BuildStep (the plugin calls none of its members; its abstract
// ones are implemented upstream by BuildStepCompatibilityLayer)
public interface BuildStep {}
