package org.jenkinsci.plugins.workflow.graph;

import hudson.model.Actionable;
import org.kohsuke.stapler.export.ExportedBean;

// stand-in: workflow-api org.jenkinsci.plugins.workflow.graph.FlowNode (used through its supertype Actionable;
// Saveable and every member left out; upstream's constructors take types not stood in)
@ExportedBean
public abstract class FlowNode extends Actionable {

    FlowNode() {}
}
