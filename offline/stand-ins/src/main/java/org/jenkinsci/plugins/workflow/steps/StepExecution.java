package org.jenkinsci.plugins.workflow.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.cmswebbridge.standins.StandIn;
import java.io.Serializable;

// stand-in: workflow-step-api-plugin org.jenkinsci.plugins.workflow.steps.StepExecution (the members the plugin
// calls, and the abstract start(), which the plugin's execution inherits from SynchronousNonBlockingStepExecution;
// the deprecated no-argument constructor, the field and the other members (onResume, getStatus, blocksRestart,
// acceptAll, applyAll, ...) left out)
public abstract class StepExecution implements Serializable {

    private static final long serialVersionUID = 1L;

    protected StepExecution(@NonNull StepContext context) {
        StandIn.fail();
    }

    public @NonNull StepContext getContext() {
        return StandIn.unsupported();
    }

    public abstract boolean start() throws Exception;

    public void stop(@NonNull Throwable cause) throws Exception {
        StandIn.fail();
    }
}
