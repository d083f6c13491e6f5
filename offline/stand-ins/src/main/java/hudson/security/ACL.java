package hudson.security;

import io.jenkins.plugins.cmswebbridge.standins.StandIn;
import org.springframework.security.core.Authentication;

// stand-in: jenkins-core hudson.security.ACL (the constant the plugin uses; every other member left out)
public abstract class ACL {
    public static final Authentication SYSTEM2 = StandIn.placeholder(Authentication.class);
}
