package hudson.model;

// stand-in: jenkins-core hudson.model.BuildListener (its default methods started(List) and finished(Result) left out)
public interface BuildListener extends TaskListener {}
