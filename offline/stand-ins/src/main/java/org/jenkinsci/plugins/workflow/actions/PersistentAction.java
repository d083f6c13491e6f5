package org.jenkinsci.plugins.workflow.actions;

import hudson.model.Action;

// stand-in: workflow-api org.jenkinsci.plugins.workflow.actions.PersistentAction (a marker interface upstream too)
public interface PersistentAction extends Action {}
