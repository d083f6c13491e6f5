package hudson.model;

// stand-in: jenkins-core hudson.model.ModelObject
public interface ModelObject {
    String getDisplayName();
}
