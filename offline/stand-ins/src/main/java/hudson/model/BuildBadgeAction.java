package hudson.model;

// stand-in: jenkins-core hudson.model.BuildBadgeAction (a marker interface; badges are rendered by their badge.jelly)
public interface BuildBadgeAction extends Action {}
