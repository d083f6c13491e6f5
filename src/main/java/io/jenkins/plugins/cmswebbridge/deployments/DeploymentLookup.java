package io.jenkins.plugins.cmswebbridge.deployments;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.cmswebbridge.Fields;
import io.jenkins.plugins.cmswebbridge.Messages;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Where a run finds the deployment it names: the global configuration in Jenkins, a plain list in tests. */
public interface DeploymentLookup {

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
            Fields.Checked<String> name = Fields.deploymentName(d.getName());
            if (name.problem() != null) {
                throw new IllegalArgumentException("name: " + name.problem());
            }
            if (!seen.add(d.getName())) {
                throw new IllegalArgumentException(Messages.Problem_DeploymentDuplicate(d.getName()));
            }
        }
    }
}
