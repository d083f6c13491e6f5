package jenkins.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Job;
import hudson.model.Queue;
import hudson.model.Run;
import hudson.triggers.Trigger;
import io.jenkins.plugins.cmswebbridge.standins.StandIn;

// stand-in: jenkins-core jenkins.model.ParameterizedJobMixIn (type parameters, the static getTrigger, which the plugin
// calls, and the nested interface ParameterizedJob that the type parameters name, without its superinterfaces
// BuildableItem and TriggeredItem and its members; asJob and every other member left out)
public abstract class ParameterizedJobMixIn<
        JobT extends Job<JobT, RunT> & ParameterizedJobMixIn.ParameterizedJob<JobT, RunT> & Queue.Task,
        RunT extends Run<JobT, RunT> & Queue.Executable> {

    public static @CheckForNull <T extends Trigger<?>> T getTrigger(Job<?, ?> job, Class<T> clazz) {
        return StandIn.unsupported();
    }

    public interface ParameterizedJob<
            JobT extends Job<JobT, RunT> & ParameterizedJobMixIn.ParameterizedJob<JobT, RunT> & Queue.Task,
            RunT extends Run<JobT, RunT> & Queue.Executable> {}
}
