package jenkins.security;

import jenkins.agents.ControllerToAgentCallable;

// stand-in: jenkins-core jenkins.security.MasterToSlaveCallable
public abstract class MasterToSlaveCallable<V, T extends Throwable> implements ControllerToAgentCallable<V, T> {

    private static final long serialVersionUID = 1L;
}
