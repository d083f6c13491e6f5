package org.jenkinsci.remoting;

// stand-in: jenkinsci/remoting, org.jenkinsci.remoting.RoleSensitive
public interface RoleSensitive {
    void checkRoles(RoleChecker checker) throws SecurityException;
}
