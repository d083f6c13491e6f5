package hudson.model;

// stand-in: jenkins-core hudson.model.AbstractDescribableImpl
public abstract class AbstractDescribableImpl<T extends AbstractDescribableImpl<T>> implements Describable<T> {}
