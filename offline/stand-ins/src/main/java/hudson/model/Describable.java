package hudson.model;

// stand-in: jenkins-core hudson.model.Describable (its default method getDescriptor() left out)
public interface Describable<T extends Describable<T>> {}
