package hudson.security;

// stand-in: jenkins-core hudson.security.Permission (no member is used by the plugin)
public final class Permission {
    private Permission() {}
}
