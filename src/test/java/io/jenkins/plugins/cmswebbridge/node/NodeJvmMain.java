package io.jenkins.plugins.cmswebbridge.node;

import io.jenkins.plugins.cmswebbridge.engine.fleet.NodeRun;
import io.jenkins.plugins.cmswebbridge.engine.report.RunReport;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The node side of restart jobs, run by {@link NodeJvmTest} in a JVM of its own whose class path holds only the
 * plugin's classes, trilead and this class. Arguments come in pairs: a file holding a NodeRun as the controller
 * serialized it, and the file to write its report to. Uses nothing but the JDK and what the run brings, so that
 * any Jenkins class the node side touches ends this JVM with a {@link NoClassDefFoundError}.
 */
public final class NodeJvmMain {

    private NodeJvmMain() {}

    public static void main(String[] args) throws Exception {
        System.out.println("jenkins classes: "
                + (loadable("hudson.model.Run")
                                || loadable("jenkins.model.Jenkins")
                                || loadable("com.cloudbees.plugins.credentials.Credentials")
                        ? "present"
                        : "absent"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            NodeRun nodeRun;
            try (ObjectInputStream in = new ObjectInputStream(Files.newInputStream(Path.of(args[i])))) {
                nodeRun = (NodeRun) in.readObject();
            }
            RunReport report = nodeRun.run(System.out);
            try (ObjectOutputStream out = new ObjectOutputStream(Files.newOutputStream(Path.of(args[i + 1])))) {
                out.writeObject(report);
            }
        }
    }

    private static boolean loadable(String name) {
        try {
            Class.forName(name, false, NodeJvmMain.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
