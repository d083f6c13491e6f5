package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;

// stand-in: jenkins-core hudson.model.Action (its abstract members)
public interface Action extends ModelObject {
    @CheckForNull
    String getIconFileName();

    @Override
    @CheckForNull
    String getDisplayName();

    @CheckForNull
    String getUrlName();
}
