package hudson.model;

// stand-in: jenkins-core hudson.model.AbstractDescribableImpl (deprecated upstream since 2.505)
@Deprecated(since = "2.505")
public abstract class AbstractDescribableImpl<T extends AbstractDescribableImpl<T>> implements Describable<T> {}
