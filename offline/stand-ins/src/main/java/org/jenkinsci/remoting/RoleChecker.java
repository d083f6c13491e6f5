package org.jenkinsci.remoting;

// stand-in: jenkinsci/remoting, org.jenkinsci.remoting.RoleChecker (no member is used by the plugin)
public abstract class RoleChecker {}
