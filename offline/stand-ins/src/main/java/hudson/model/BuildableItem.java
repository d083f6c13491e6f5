package hudson.model;

// stand-in: jenkins-core hudson.model.BuildableItem (the interface, as TimerTrigger's type argument; its superinterface
// Queue.Task and every member left out)
public interface BuildableItem extends Item {}
