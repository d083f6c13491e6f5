package hudson.model;

import org.kohsuke.stapler.export.ExportedBean;

// stand-in: jenkins-core hudson.model.Queue (only the nested interface Task, which the plugin uses as a type; Queue's
// superclass ResourceController, its interface Saveable, Task's interfaces FullyNamedModelObject and SubTask, and
// every member of both left out)
@ExportedBean
public class Queue {

    // upstream's constructor takes a LoadBalancer
    private Queue() {}

    public interface Task {}
}
