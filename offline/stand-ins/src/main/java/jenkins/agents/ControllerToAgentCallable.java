package jenkins.agents;

import hudson.remoting.Callable;
import io.jenkins.plugins.cmswebbridge.standins.StandIn;
import org.jenkinsci.remoting.RoleChecker;

// stand-in: jenkins-core jenkins.agents.ControllerToAgentCallable (all of it: the default checkRoles, which the
// plugin's callables inherit)
public interface ControllerToAgentCallable<V, T extends Throwable> extends Callable<V, T> {
    @Override
    default void checkRoles(RoleChecker checker) throws SecurityException {
        StandIn.fail();
    }
}
