package org.jenkinsci.remoting;

// stand-in: jenkinsci/remoting, org.jenkinsci.remoting.RoleChecker (used as a type only; its check methods left out)
public abstract class RoleChecker {}
