package org.jenkinsci.remoting;

import java.io.Serializable;

// stand-in: jenkinsci/remoting, org.jenkinsci.remoting.SerializableOnlyOverRemoting
public interface SerializableOnlyOverRemoting extends Serializable {}
