package hudson;

import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.cmswebbridge.standins.StandIn;
import java.util.AbstractList;
import jenkins.model.Jenkins;

// stand-in: jenkins-core hudson.ExtensionList (lookup(Class) and lookupSingleton(Class), which the plugin calls, and
// get(int) and size(), which
// Java needs of a concrete AbstractList; its interface OnMaster, its deprecated constructors, its fields and its other
// members left out)
public class ExtensionList<T> extends AbstractList<T> {

    protected ExtensionList(Jenkins jenkins, Class<T> extensionType) {
        StandIn.fail();
    }

    public static @NonNull <T> ExtensionList<T> lookup(Class<T> type) {
        return StandIn.unsupported();
    }

    public static @NonNull <U> U lookupSingleton(Class<U> type) {
        return StandIn.unsupported();
    }

    @Override
    public T get(int index) {
        return StandIn.unsupported();
    }

    @Override
    public int size() {
        return StandIn.unsupported();
    }
}
