package hudson.model;

import java.io.IOException;

// stand-in: jenkins-core hudson.model.AbstractBuild (type parameters and superclass, for AbstractProject's bounds, and
// one of the protected constructors, so that Java adds no public one; its interfaces Queue.Executable,
// LazyBuildMixIn.LazyLoadingRun and RunWithSCM, its other constructors and every member left out)
public abstract class AbstractBuild<P extends AbstractProject<P, R>, R extends AbstractBuild<P, R>> extends Run<P, R> {

    protected AbstractBuild(P job) throws IOException {
        super(job); // throws
    }
}
