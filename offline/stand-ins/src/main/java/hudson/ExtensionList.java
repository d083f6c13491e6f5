package hudson;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.AbstractList;
import jenkins.model.Jenkins;

// stand-in: jenkins-core hudson.ExtensionList (the members the plugin calls; OnMaster left out)
public class ExtensionList<T> extends AbstractList<T> {

    protected ExtensionList(Jenkins jenkins, Class<T> extensionType) {
        throw new UnsupportedOperationException("stand-in");
    }

    public static @NonNull <T> ExtensionList<T> lookup(Class<T> type) {
        throw new UnsupportedOperationException("stand-in");
    }

    @Override
    public T get(int index) {
        throw new UnsupportedOperationException("stand-in");
    }

    @Override
    public int size() {
        throw new UnsupportedOperationException("stand-in");
    }
}
