package org.kohsuke.stapler;

import jakarta.servlet.http.HttpServletRequest;

// stand-in: jenkinsci/stapler core, org.kohsuke.stapler.StaplerRequest2 (the interface and its supertype; its own
// members, none of which the plugin calls, left out: the plugin reads parameters through HttpServletRequest)
public interface StaplerRequest2 extends HttpServletRequest {}
