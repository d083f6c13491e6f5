package org.jenkinsci.plugins.workflow.actions;

import hudson.model.Action;

// stand-in: workflow-api org.jenkinsci.plugins.workflow.actions.PersistentAction
public interface PersistentAction extends Action {}
