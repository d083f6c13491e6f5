package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Serializable;

// stand-in: jenkins-core hudson.model.Result (the members the plugin uses; CustomExportedBean left out)
public final class Result implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final @NonNull Result SUCCESS = new Result();
    public static final @NonNull Result UNSTABLE = new Result();
    public static final @NonNull Result FAILURE = new Result();

    private Result() {}
}
