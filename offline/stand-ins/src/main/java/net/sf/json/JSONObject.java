package net.sf.json;

// stand-in: json-lib (the Jenkins fork that Stapler and jenkins-core use) net.sf.json.JSONObject; the plugin only
// passes it on, so its supertypes (AbstractJSON, JSON, Map, Comparable) and all its members are left out
public final class JSONObject {}
