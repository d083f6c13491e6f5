package hudson.util;

import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.cmswebbridge.standins.StandIn;
import java.util.ArrayList;

// stand-in: jenkins-core hudson.util.ListBoxModel (the members the plugin uses; HttpResponse left out)
public class ListBoxModel extends ArrayList<ListBoxModel.Option> {

    private static final long serialVersionUID = 1L;

    public static final class Option {
        @NonNull
        public String name;

        @NonNull
        public String value;

        public boolean selected;

        public Option(@NonNull String name, @NonNull String value) {
            StandIn.fail();
        }
    }

    public void add(@NonNull String displayName, @NonNull String value) {
        StandIn.fail();
    }
}
