package io.jenkins.plugins.cmswebbridge.deployments;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.ExtensionList;
import io.jenkins.plugins.cmswebbridge.fields.Messages;
import java.util.ArrayList;
import java.util.List;
import jenkins.model.GlobalConfiguration;
import net.sf.json.JSONObject;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.StaplerRequest2;

/**
 * The global configuration "CMS deployments" (Manage Jenkins → System; in JCasC {@code unclassified: cmsWebBridge:
 * deployments:}). Only an administrator configures it: the page needs Overall/Administer, as every global
 * configuration does by default. Runs read it on the controller, through {@link #get()}.
 */
@Extension
@Symbol("cmsWebBridge")
public class CmsDeployments extends GlobalConfiguration implements DeploymentLookup {

    private volatile List<CmsDeployment> deployments = new ArrayList<>();

    public CmsDeployments() {
        load();
    }

    /** The configured deployments (on the controller). */
    public static CmsDeployments get() {
        return ExtensionList.lookupSingleton(CmsDeployments.class);
    }

    @NonNull
    @Override
    public String getDisplayName() {
        return Messages.CmsDeployments_DisplayName();
    }

    public List<CmsDeployment> getDeployments() {
        return List.copyOf(deployments);
    }

    /**
     * Replaces the deployments and saves them.
     *
     * @throws IllegalArgumentException when a name is not a valid deployment name or is used twice
     */
    @DataBoundSetter
    public void setDeployments(@CheckForNull List<CmsDeployment> deployments) {
        List<CmsDeployment> list = deployments == null ? List.of() : deployments;
        DeploymentLookup.checkNames(list);
        this.deployments = new ArrayList<>(list);
        save();
    }

    @Override
    public List<CmsDeployment> deployments() {
        return getDeployments();
    }

    /** An empty list is absent from the submitted form: start from none, so that deleting the last one sticks. */
    @Override
    public boolean configure(StaplerRequest2 req, JSONObject json) throws FormException {
        List<CmsDeployment> before = deployments;
        deployments = new ArrayList<>();
        try {
            req.bindJSON(this, json);
        } catch (IllegalArgumentException e) {
            deployments = before;
            throw new FormException(e.getMessage(), e, "deployments");
        }
        save();
        return true;
    }
}
