package hudson.util;

import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.cmswebbridge.standins.StandIn;
import java.util.ArrayList;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

// stand-in: jenkins-core hudson.util.ListBoxModel (the members the plugin uses; its interface HttpResponse, its
// constructors other than the no-argument one, Option's fields name and selected, Option's other constructors and the
// other members of both left out)
@ExportedBean
public class ListBoxModel extends ArrayList<ListBoxModel.Option> {

    @ExportedBean(defaultVisibility = 999)
    public static final class Option {
        @Exported
        @NonNull
        public String value;

        public Option(@NonNull String name, @NonNull String value) {
            StandIn.fail();
        }
    }

    public void add(@NonNull String displayName, @NonNull String value) {
        StandIn.fail();
    }
}
