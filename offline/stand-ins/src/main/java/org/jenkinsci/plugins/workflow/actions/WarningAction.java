package org.jenkinsci.plugins.workflow.actions;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Result;
import io.jenkins.plugins.cmswebbridge.standins.StandIn;

// stand-in: workflow-api org.jenkinsci.plugins.workflow.actions.WarningAction (the members the plugin calls, and the
// implementations of Action's methods, which Java needs; the fields, getMessage() and getResult() left out)
public class WarningAction implements PersistentAction {

    public WarningAction(@NonNull Result result) {
        StandIn.fail();
    }

    public WarningAction withMessage(String message) {
        return StandIn.unsupported();
    }

    @Override
    public String getDisplayName() {
        return StandIn.unsupported();
    }

    @Override
    public String getIconFileName() {
        return StandIn.unsupported();
    }

    @Override
    public String getUrlName() {
        return StandIn.unsupported();
    }
}
