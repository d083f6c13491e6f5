package com.cloudbees.plugins.credentials;

import hudson.ExtensionPoint;
import hudson.model.Describable;
import java.io.Serializable;

// stand-in: credentials-plugin com.cloudbees.plugins.credentials.Credentials (used as a type only; its members
// getScope(), getDescriptor() and forRun(Run) left out)
public interface Credentials extends Describable<Credentials>, Serializable, ExtensionPoint {}
