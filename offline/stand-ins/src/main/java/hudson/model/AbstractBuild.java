package hudson.model;

// stand-in: jenkins-core hudson.model.AbstractBuild (type parameters only)
public abstract class AbstractBuild<P extends AbstractProject<P, R>, R extends AbstractBuild<P, R>> extends Run<P, R> {}
