package org.jenkinsci.remoting;

// stand-in: jenkinsci/remoting, org.jenkinsci.remoting.RoleSensitive (its one method, which the plugin's callables
// inherit from ControllerToAgentCallable)
public interface RoleSensitive {
    void checkRoles(RoleChecker checker) throws SecurityException;
}
