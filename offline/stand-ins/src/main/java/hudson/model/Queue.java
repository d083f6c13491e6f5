package hudson.model;

import org.kohsuke.stapler.export.ExportedBean;

// stand-in: jenkins-core hudson.model.Queue (only the nested interfaces Task, which the plugin uses as a type, and
// Executable, which ParameterizedJobMixIn's type parameters name; Queue's superclass ResourceController, its interface
// Saveable, Task's interfaces FullyNamedModelObject and SubTask, Executable's Runnable and WithConsoleUrl, and every
// member of them left out)
@ExportedBean
public class Queue {

    // upstream's constructor takes a LoadBalancer
    private Queue() {}

    public interface Task {}

    public interface Executable {}
}
