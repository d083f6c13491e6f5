package com.cloudbees.plugins.credentials.domains;

import hudson.ExtensionPoint;
import java.io.Serializable;

// stand-in: credentials-plugin com.cloudbees.plugins.credentials.domains.DomainRequirement (used as a type only;
// upstream declares no member but its serialVersionUID)
public class DomainRequirement implements ExtensionPoint, Serializable {

    private static final long serialVersionUID = 1L;
}
