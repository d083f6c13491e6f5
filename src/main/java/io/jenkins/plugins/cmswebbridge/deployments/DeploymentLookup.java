package io.jenkins.plugins.cmswebbridge.deployments;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.cmswebbridge.engine.problem.Text;
import io.jenkins.plugins.cmswebbridge.fields.Fields;
import io.jenkins.plugins.cmswebbridge.fields.Messages;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Where a run finds the deployment it names: the global configuration in Jenkins, a plain list in tests. */
public interface DeploymentLookup {

    /** A deployment name: 1 to 64 letters, digits, dots, underscores and hyphens, starting with a letter or digit. */
    Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    /** The deployments, in the order the administrator gave them. */
    List<CmsDeployment> deployments();

    /**
     * The deployment with this name (names are compared exactly), or {@code null}. Not {@code find}: the global
     * configuration that implements this interface is a {@code Descriptor}, whose static {@code find(String)} that
     * name would clash with.
     */
    @CheckForNull
    default CmsDeployment named(String name) {
        for (CmsDeployment d : deployments()) {
            if (d.getName().equals(name)) {
                return d;
            }
        }
        return null;
    }

    /** No deployment at all. */
    static DeploymentLookup none() {
        return List::of;
    }

    /** These deployments. */
    static DeploymentLookup of(List<CmsDeployment> deployments) {
        List<CmsDeployment> copy = List.copyOf(deployments);
        checkNames(copy);
        return () -> copy;
    }

    /**
     * @throws IllegalArgumentException naming the first name that is not valid or is used twice
     */
    static void checkNames(List<CmsDeployment> deployments) {
        Set<String> seen = new HashSet<>();
        for (CmsDeployment d : deployments) {
            Fields.Checked<String> name = checkName(d.getName());
            if (name.problem() != null) {
                throw new IllegalArgumentException("name: " + name.problem());
            }
            if (!seen.add(d.getName())) {
                throw new IllegalArgumentException(Messages.Problem_DeploymentDuplicate(d.getName()));
            }
        }
    }

    /** The name, trimmed, or what is wrong with it: required, and a safe identifier (typed in pipelines, shown in consoles). */
    static Fields.Checked<String> checkName(@CheckForNull String value) {
        String name = value == null ? "" : value.trim();
        if (name.isEmpty()) {
            return Fields.Checked.bad(Messages.Problem_Required());
        }
        return NAME.matcher(name).matches()
                ? Fields.Checked.ok(name)
                : Fields.Checked.bad(Messages.Problem_DeploymentName(Text.clip(value, 80)));
    }
}
