package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;

// stand-in: jenkins-core hudson.model.Action (all its members, which the plugin implements)
public interface Action extends ModelObject {
    @CheckForNull
    String getIconFileName();

    @Override
    @CheckForNull
    String getDisplayName();

    @CheckForNull
    String getUrlName();
}
