package io.jenkins.plugins.cmswebbridge.forms;

import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.cmswebbridge.fields.Fields;
import io.jenkins.plugins.cmswebbridge.hostkey.HostKeyVerificationStrategy;
import io.jenkins.plugins.cmswebbridge.hostkey.HostKeyVerificationStrategyDescriptor;
import java.util.List;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * The form of the fields that say which MMPs a run reaches and how it logs in (the hosts and their default port, the
 * SSH credentials, the host key strategy), shared by the restart steps' descriptor and a deployment's. Their
 * descriptors implement this interface and so answer the same checks and lists with one implementation: Stapler
 * finds web methods in the interfaces of a class ({@code ClassDescriptor.findMethods}, with each method's own
 * annotations, {@code @POST} included), core finds check and fill methods with {@code Class.getMethods()}, and
 * Jelly's expressions read the getters of a class's public interfaces.
 */
public interface MmpFields {

    default List<HostKeyVerificationStrategyDescriptor> getHostKeyVerificationDescriptors() {
        return HostKeyVerificationStrategyDescriptor.all();
    }

    default HostKeyVerificationStrategy getDefaultHostKeyVerification() {
        return HostKeyVerificationStrategy.defaultStrategy();
    }

    @POST
    default FormValidation doCheckHosts(
            @AncestorInPath Item item, @QueryParameter String value, @QueryParameter String defaultPort) {
        return FormSupport.checkHosts(item, value, defaultPort);
    }

    default FormValidation doCheckDefaultPort(@QueryParameter String value) {
        return Fields.formNumber(value, Fields::port);
    }

    @POST
    default ListBoxModel doFillCredentialsIdItems(@AncestorInPath Item item, @QueryParameter String credentialsId) {
        return FormSupport.fillCredentialsIdItems(item, credentialsId);
    }

    @POST
    default FormValidation doCheckCredentialsId(@AncestorInPath Item item, @QueryParameter String value) {
        return FormSupport.checkCredentialsId(item, value);
    }
}
