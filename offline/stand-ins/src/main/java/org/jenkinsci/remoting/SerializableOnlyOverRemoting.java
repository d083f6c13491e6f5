package org.jenkinsci.remoting;

import java.io.Serializable;

// stand-in: jenkinsci/remoting, org.jenkinsci.remoting.SerializableOnlyOverRemoting (its default method
// getChannelForSerialization() left out)
public interface SerializableOnlyOverRemoting extends Serializable {}
