package hudson.model;

// stand-in: jenkins-core hudson.model.Describable
public interface Describable<T extends Describable<T>> {
    default Descriptor<T> getDescriptor() {
        throw new UnsupportedOperationException("stand-in");
    }
}
