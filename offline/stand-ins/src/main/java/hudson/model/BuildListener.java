package hudson.model;

// stand-in: jenkins-core hudson.model.BuildListener
public interface BuildListener extends TaskListener {}
