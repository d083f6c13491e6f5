package hudson.init;

// stand-in: jenkins-core hudson.init.InitMilestone (the milestone the plugin names, and STARTED and COMPLETED, the
// defaults of Initializer; the other milestones, their messages, the interface org.jvnet.hudson.reactor.Milestone and
// the other members left out)
public enum InitMilestone {
    STARTED,
    PLUGINS_STARTED,
    COMPLETED
}
