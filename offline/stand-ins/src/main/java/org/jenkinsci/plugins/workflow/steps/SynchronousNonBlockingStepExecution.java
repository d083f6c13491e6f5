package org.jenkinsci.plugins.workflow.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.cmswebbridge.standins.StandIn;

// stand-in: workflow-step-api-plugin org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution (the
// constructor and run(), which the plugin uses, and the final start(), which its execution inherits; the overrides of
// onResume, getStatus and blocksRestart and the fields left out)
public abstract class SynchronousNonBlockingStepExecution<T> extends StepExecution {

    protected SynchronousNonBlockingStepExecution(@NonNull StepContext context) {
        super(context);
    }

    protected abstract T run() throws Exception;

    @Override
    public final boolean start() throws Exception {
        return StandIn.unsupported();
    }

    @Override
    public void stop(Throwable cause) throws Exception {
        StandIn.fail();
    }
}
