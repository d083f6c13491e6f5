package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.cmswebbridge.standins.StandIn;
import net.sf.json.JSONObject;
import org.kohsuke.stapler.StaplerRequest2;

// stand-in: jenkins-core hudson.model.Descriptor (the members the plugin calls or overrides, and the nested
// FormException;
// its interfaces Loadable, Saveable and OnMaster, and its other members left out)
public abstract class Descriptor<T extends Describable<T>> {

    protected Descriptor(Class<? extends T> clazz) {}

    protected Descriptor() {}

    @NonNull
    public String getDisplayName() {
        return StandIn.unsupported();
    }

    // kept although deprecated: a static member that a subclass's own methods must not clash with
    @Deprecated
    public static @CheckForNull Descriptor find(String className) {
        return StandIn.unsupported();
    }

    public boolean configure(StaplerRequest2 req, JSONObject json) throws FormException {
        return StandIn.unsupported();
    }

    public synchronized void save() {
        StandIn.fail();
    }

    public synchronized void load() {
        StandIn.fail();
    }

    // its interface HttpResponse and generateResponse left out (Stapler's response types are not stood in)
    public static final class FormException extends Exception {
        private final String formField;

        public FormException(String message, String formField) {
            super(message);
            this.formField = formField;
        }

        public FormException(String message, Throwable cause, String formField) {
            super(message, cause);
            this.formField = formField;
        }

        public FormException(Throwable cause, String formField) {
            super(cause);
            this.formField = formField;
        }

        public String getFormField() {
            return formField;
        }
    }
}
