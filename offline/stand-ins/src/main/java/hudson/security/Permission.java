package hudson.security;

// stand-in: jenkins-core hudson.security.Permission (used as a type only; every member left out, and upstream's
// public constructors, which take a PermissionGroup, replaced by a private one)
public final class Permission {
    private Permission() {}
}
