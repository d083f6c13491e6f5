package io.jenkins.plugins.cmswebbridge.forms;

import com.cloudbees.jenkins.plugins.sshcredentials.SSHAuthenticator;
import com.cloudbees.plugins.credentials.CredentialsMatcher;
import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import com.cloudbees.plugins.credentials.common.StandardUsernameCredentials;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import com.trilead.ssh2.Connection;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Item;
import hudson.model.Queue;
import hudson.model.queue.Tasks;
import hudson.security.ACL;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.cmswebbridge.engine.credentials.SshCredentials;
import io.jenkins.plugins.cmswebbridge.engine.hostkey.HostKeyVerifier;
import io.jenkins.plugins.cmswebbridge.engine.hosts.HostAddress;
import io.jenkins.plugins.cmswebbridge.engine.hosts.HostList;
import io.jenkins.plugins.cmswebbridge.engine.problem.ValueProblem;
import io.jenkins.plugins.cmswebbridge.engine.restart.WebBridgeService;
import io.jenkins.plugins.cmswebbridge.fields.EngineProblems;
import io.jenkins.plugins.cmswebbridge.fields.Fields;
import io.jenkins.plugins.cmswebbridge.fields.Messages;
import io.jenkins.plugins.cmswebbridge.fields.ResultOnFailure;
import java.io.IOException;
import java.util.Collections;
import java.util.function.Supplier;
import jenkins.model.Jenkins;
import org.springframework.security.core.Authentication;

/**
 * The form code that the build step's, the pipeline step's and the host key strategies' descriptors
 * share. Methods that list or use credentials, or connect, check {@link Item#CONFIGURE} on the job (or
 * {@link Jenkins#ADMINISTER} outside a job); their descriptor methods are {@code @POST}.
 */
public final class FormSupport {

    private FormSupport() {}

    /** Whether the current user may configure the job (or administer Jenkins when there is no job). */
    public static boolean canConfigure(@CheckForNull Item item) {
        return item == null ? Jenkins.get().hasPermission(Jenkins.ADMINISTER) : item.hasPermission(Item.CONFIGURE);
    }

    /**
     * The identity the job's builds will run as (credentials-plugin's consumer guide): {@code Tasks.getAuthenticationOf2}
     * honours Authorize Project and other queue item authenticators, so a form lists and checks only the
     * credentials a build of this job will be able to use. Outside a job (or for an item that is not a task),
     * {@link ACL#SYSTEM2}, as the guide says.
     */
    private static Authentication authenticationOf(@CheckForNull Item item) {
        return item instanceof Queue.Task task ? Tasks.getAuthenticationOf2(task) : ACL.SYSTEM2;
    }

    /** SSH credentials that ssh-credentials can use with trilead: username with password or private key. */
    public static ListBoxModel fillCredentialsIdItems(@CheckForNull Item item, String credentialsId) {
        return fillItems(
                item, credentialsId, StandardUsernameCredentials.class, SSHAuthenticator.matcher(Connection.class));
    }

    public static FormValidation checkCredentialsId(@CheckForNull Item item, String value) {
        return checkCredentials(
                item,
                value,
                StandardUsernameCredentials.class,
                SSHAuthenticator.matcher(Connection.class),
                Messages.Form_CredentialsRequired(),
                Messages.Form_CredentialsParameter(),
                Messages.Form_CredentialsNotFound(value));
    }

    /** Username with password credentials, for the call bridges' REST API user. */
    public static ListBoxModel fillApiCredentialsIdItems(@CheckForNull Item item, String credentialsId) {
        return fillItems(item, credentialsId, StandardUsernamePasswordCredentials.class, CredentialsMatchers.always());
    }

    public static FormValidation checkApiCredentialsId(@CheckForNull Item item, String value) {
        return checkCredentials(
                item,
                value,
                StandardUsernamePasswordCredentials.class,
                CredentialsMatchers.always(),
                Messages.Form_ApiCredentialsRequired(),
                Messages.Form_ApiCredentialsParameter(),
                Messages.Form_ApiCredentialsNotFound(value));
    }

    private static ListBoxModel fillItems(
            @CheckForNull Item item,
            String credentialsId,
            Class<? extends StandardUsernameCredentials> type,
            CredentialsMatcher matcher) {
        StandardListBoxModel result = new StandardListBoxModel();
        String current = credentialsId == null ? "" : credentialsId;
        if (!canConfigure(item)) {
            return result.includeCurrentValue(current);
        }
        return result.includeEmptyValue()
                .includeMatchingAs(authenticationOf(item), item, type, Collections.emptyList(), matcher)
                .includeCurrentValue(current);
    }

    /**
     * Checks a credentials field: nothing is said to users who may not configure (no hint of which ids exist);
     * otherwise it is required, a build parameter gets a warning, and an id the form would not list is an error.
     */
    private static FormValidation checkCredentials(
            @CheckForNull Item item,
            String value,
            Class<? extends StandardUsernameCredentials> type,
            CredentialsMatcher matcher,
            String required,
            String parameter,
            String notFound) {
        if (!canConfigure(item)) {
            return FormValidation.ok();
        }
        if (value == null || value.isBlank()) {
            return FormValidation.error(required);
        }
        if (value.startsWith("${")) {
            return FormValidation.warning(parameter);
        }
        if (lookup(item, value, type, matcher) == null) {
            return FormValidation.error(notFound);
        }
        return FormValidation.ok();
    }

    /** The credentials with this id, if the form would list them for this item; otherwise {@code null}. */
    @CheckForNull
    static <C extends StandardUsernameCredentials> C lookup(
            @CheckForNull Item item, String id, Class<C> type, CredentialsMatcher matcher) {
        for (ListBoxModel.Option option : fillItems(item, "", type, matcher)) {
            if (id.equals(option.value)) {
                return CredentialsProvider.findCredentialByIdInItem(
                        id, type, item, authenticationOf(item), Collections.emptyList());
            }
        }
        return null;
    }

    /** Checks the host list, for a user who may configure the job; the list may be long, so nobody else may ask. */
    public static FormValidation checkHosts(@CheckForNull Item item, String value, String defaultPort) {
        if (!canConfigure(item)) {
            return FormValidation.ok();
        }
        if (value != null && value.contains("${")) {
            return FormValidation.warning(Messages.Form_HostsVariables());
        }
        Integer effective = Fields.number(defaultPort).then(Fields::port).value();
        Fields.Checked<HostList> list =
                Fields.hosts(value, effective == null ? HostAddress.DEFAULT_SSH_PORT : effective);
        HostList hosts = list.value();
        if (hosts == null) {
            return list.form();
        }
        return hosts.getDuplicates().isEmpty()
                ? FormValidation.ok(Messages.Form_HostsCount(hosts.getHosts().size()))
                : FormValidation.warning(EngineProblems.text(ValueProblem.several(hosts.getDuplicates())));
    }

    /** The services, after a first, empty choice: the deployment's service, or else Web Bridge 2. */
    public static ListBoxModel serviceItemsWithDefault() {
        ListBoxModel items = new ListBoxModel();
        items.add(Messages.Service_Default(), "");
        items.addAll(serviceItems());
        return items;
    }

    public static ListBoxModel serviceItems() {
        ListBoxModel items = new ListBoxModel();
        items.add(Messages.Service_WebBridge2(), WebBridgeService.WEBBRIDGE.command());
        items.add(Messages.Service_WebBridge3(), WebBridgeService.WEBBRIDGE3.command());
        return items;
    }

    public static ListBoxModel resultOnFailureItems() {
        ListBoxModel items = new ListBoxModel();
        items.add(Messages.ResultOnFailure_Failure(), ResultOnFailure.FAILURE.name());
        items.add(Messages.ResultOnFailure_Unstable(), ResultOnFailure.UNSTABLE.name());
        return items;
    }

    /**
     * "Test connection": connects from the controller to every host, checks its key with the strategy being
     * configured, authenticates and runs the status command, restarting nothing. Only for a user who may configure
     * the job (or administer Jenkins outside a job); a strategy that reads a file by path only for an administrator.
     *
     * @param readsFiles whether the host key strategy reads a file by a path the user typed
     * @param verifier the strategy's verifier, made once the permissions are checked
     */
    public static FormValidation testConnection(
            @CheckForNull Item item,
            TestConnection.Form form,
            String credentialsId,
            boolean readsFiles,
            Supplier<HostKeyVerifier> verifier) {
        if (item == null) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        } else {
            item.checkPermission(Item.CONFIGURE);
        }
        if (readsFiles && !Jenkins.get().hasPermission(Jenkins.ADMINISTER)) {
            return FormValidation.error(Messages.Form_KnownHostsFileNeedsAdminister());
        }
        String id = credentialsId == null ? "" : credentialsId.trim();
        if (id.isEmpty()) {
            return FormValidation.error(Messages.Form_CredentialsRequired());
        }
        try {
            HostKeyVerifier checking = verifier.get();
            StandardUsernameCredentials credentials =
                    lookup(item, id, StandardUsernameCredentials.class, SSHAuthenticator.matcher(Connection.class));
            if (credentials == null) {
                return FormValidation.error(Messages.Form_CredentialsNotFound(id));
            }
            SshCredentials login = SshCredentialsSnapshot.of(credentials);
            try {
                TestConnection.Message result = TestConnection.run(form, login, checking);
                return result.ok() ? FormValidation.ok(result.text()) : FormValidation.error(result.text());
            } finally {
                login.destroy();
            }
        } catch (IllegalArgumentException e) {
            return FormValidation.error(EngineProblems.text(e));
        } catch (IOException e) {
            return FormValidation.error(EngineProblems.text(e));
        }
    }
}
