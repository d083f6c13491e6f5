package com.cloudbees.plugins.credentials;

import hudson.ExtensionPoint;
import hudson.model.Describable;
import java.io.Serializable;

// stand-in: credentials-plugin com.cloudbees.plugins.credentials.Credentials (no member is used by the plugin)
public interface Credentials extends Describable<Credentials>, Serializable, ExtensionPoint {}
