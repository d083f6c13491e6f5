package hudson.tasks;

// stand-in: jenkins-core hudson.tasks.BuildStep (used as a supertype only; its methods prebuild, perform,
// getProjectAction, getProjectActions and getRequiredMonitorService, which BuildStepCompatibilityLayer implements
// upstream, its deprecated constants PUBLISHERS and BUILDERS and its nested classes left out)
public interface BuildStep {}
