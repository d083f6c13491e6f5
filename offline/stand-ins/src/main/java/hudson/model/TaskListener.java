package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.PrintStream;
import org.jenkinsci.remoting.SerializableOnlyOverRemoting;

// stand-in: jenkins-core hudson.model.TaskListener (getLogger(), the member the plugin calls; the constant NULL and
// the default methods getCharset, annotate, hyperlink, error and fatalError left out)
public interface TaskListener extends SerializableOnlyOverRemoting {
    @NonNull
    PrintStream getLogger();
}
