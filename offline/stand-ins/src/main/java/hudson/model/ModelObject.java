package hudson.model;

// stand-in: jenkins-core hudson.model.ModelObject (its annotation @StaplerAccessibleType left out)
public interface ModelObject {
    String getDisplayName();
}
