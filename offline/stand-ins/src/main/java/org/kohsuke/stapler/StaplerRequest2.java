package org.kohsuke.stapler;

import jakarta.servlet.http.HttpServletRequest;
import net.sf.json.JSONObject;

// stand-in: jenkinsci/stapler core, org.kohsuke.stapler.StaplerRequest2 (the interface, its supertype and
// bindJSON(Object,
// JSONObject), which the plugin calls; its other members left out: the plugin reads parameters through
// HttpServletRequest)
public interface StaplerRequest2 extends HttpServletRequest {

    void bindJSON(Object bean, JSONObject src);
}
