package org.jenkinsci.plugins.workflow.graph;

import hudson.model.Actionable;
import org.kohsuke.stapler.export.ExportedBean;

// stand-in: workflow-api org.jenkinsci.plugins.workflow.graph.FlowNode (used through its superclass Actionable; its
// interface Saveable and every member left out; upstream's protected constructors take a FlowExecution, which is not
// stood in, so this one takes nothing and is package-private)
@ExportedBean
public abstract class FlowNode extends Actionable {

    FlowNode() {}
}
