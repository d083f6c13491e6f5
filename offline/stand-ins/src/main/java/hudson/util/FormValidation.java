package hudson.util;

import io.jenkins.plugins.cmswebbridge.standins.StandIn;
import java.io.IOException;

// stand-in: jenkins-core hudson.util.FormValidation (the members the plugin calls; its interface HttpResponse and its
// other members left out)
public abstract class FormValidation extends IOException {

    // upstream's constructors are private and take a Kind
    private FormValidation() {}

    public static FormValidation error(String message) {
        return StandIn.unsupported();
    }

    public static FormValidation warning(String message) {
        return StandIn.unsupported();
    }

    public static FormValidation ok(String message) {
        return StandIn.unsupported();
    }

    public static FormValidation ok() {
        return StandIn.unsupported();
    }
}
