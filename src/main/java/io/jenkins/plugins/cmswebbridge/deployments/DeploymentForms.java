package io.jenkins.plugins.cmswebbridge.deployments;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.cmswebbridge.engine.hosts.HostAddress;
import io.jenkins.plugins.cmswebbridge.engine.hosts.HostList;
import io.jenkins.plugins.cmswebbridge.fields.Fields;
import io.jenkins.plugins.cmswebbridge.fields.Messages;
import io.jenkins.plugins.cmswebbridge.forms.FormSupport;
import java.util.function.UnaryOperator;

/**
 * The form code of the steps that name a CMS deployment: the deployments drop-down, the check of {@code only}, and
 * the deployment's values where a step's form leaves them empty. Like {@link FormSupport}, it reads the global
 * configuration only for a user who may configure the job (or administer Jenkins outside a job).
 */
public final class DeploymentForms {

    private DeploymentForms() {}

    /** The deployments' names after an empty choice (none), and the current value even if it is no longer defined. */
    public static ListBoxModel deploymentItems(@CheckForNull Item item, @CheckForNull String current) {
        return deploymentItems(item, current, Messages.Form_NoDeployment());
    }

    /** The same, with what the empty choice means for this form. */
    public static ListBoxModel deploymentItems(@CheckForNull Item item, @CheckForNull String current, String none) {
        ListBoxModel items = new ListBoxModel();
        items.add(none, "");
        if (FormSupport.canConfigure(item)) {
            for (CmsDeployment d : CmsDeployments.get().deployments()) {
                items.add(d.getName(), d.getName());
            }
        }
        if (current != null && !current.isBlank() && items.stream().noneMatch(o -> current.equals(o.value))) {
            items.add(current, current);
        }
        return items;
    }

    /**
     * Checks {@code only} against the run's host list (the job's own, or else its deployment's), for a user who may
     * configure the job. Build variables are expanded only when a build runs.
     */
    public static FormValidation checkOnly(
            @CheckForNull Item item, String value, String deployment, String hosts, String defaultPort) {
        if (!FormSupport.canConfigure(item) || value == null || value.isBlank()) {
            return FormValidation.ok();
        }
        if (value.contains("${") || (deployment != null && deployment.contains("${"))) {
            return FormValidation.warning(Messages.Form_HostsVariables());
        }
        CmsDeployment d = named(deployment);
        Integer port = Fields.number(defaultPort).then(Fields::port).value();
        if (port == null && d != null) {
            port = d.getDefaultPort();
        }
        int effective = port == null ? HostAddress.DEFAULT_SSH_PORT : port;
        String list = hosts == null || hosts.isBlank() ? (d == null ? "" : d.getHosts()) : hosts;
        HostList all = Fields.hosts(list, effective).value();
        return all == null
                ? FormValidation.ok()
                : Fields.only(value, all, effective).form();
    }

    /**
     * The form's fields, where a step that names a deployment leaves {@code hosts}, {@code credentialsId},
     * {@code defaultPort} or {@code service} empty filled in from the deployment (only for a user who may configure,
     * since it reads the global configuration).
     */
    public static UnaryOperator<String> withDeployment(@CheckForNull Item item, UnaryOperator<String> form) {
        CmsDeployment d = FormSupport.canConfigure(item) ? named(form.apply("deployment")) : null;
        if (d == null) {
            return form;
        }
        return field -> {
            String own = form.apply(field);
            if (own != null && !own.isBlank()) {
                return own;
            }
            return switch (field) {
                case "hosts" -> d.getHosts();
                case "credentialsId" -> d.getCredentialsId();
                case "defaultPort" -> d.getDefaultPort() == null ? null : String.valueOf(d.getDefaultPort());
                case "service" -> d.getService();
                default -> own;
            };
        };
    }

    /** The deployment a form names, or {@code null} when it names none or one that does not exist. */
    @CheckForNull
    private static CmsDeployment named(@CheckForNull String name) {
        return name == null || name.isBlank() ? null : CmsDeployments.get().named(name.trim());
    }
}
