package hudson.security;

import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.cmswebbridge.standins.StandIn;
import org.springframework.security.access.AccessDeniedException;

// stand-in: jenkins-core hudson.security.AccessControlled (the members the plugin calls; the abstract getACL() and
// the default methods checkAnyPermission, hasAnyPermission and the hasPermission variants that take an
// authentication left out)
public interface AccessControlled {

    default void checkPermission(@NonNull Permission permission) throws AccessDeniedException {
        StandIn.fail();
    }

    default boolean hasPermission(@NonNull Permission permission) {
        return StandIn.unsupported();
    }
}
