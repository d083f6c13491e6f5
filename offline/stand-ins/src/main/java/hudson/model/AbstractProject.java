package hudson.model;

// stand-in: jenkins-core hudson.model.AbstractProject (type parameters only)
public abstract class AbstractProject<P extends AbstractProject<P, R>, R extends AbstractBuild<P, R>>
        extends Job<P, R> {}
