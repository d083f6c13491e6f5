package io.jenkins.plugins.cmswebbridge.hostkey;

import hudson.ExtensionList;
import hudson.model.Descriptor;
import hudson.model.Item;
import hudson.util.FormValidation;
import java.util.List;
import java.util.function.UnaryOperator;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.verb.POST;

/**
 * The descriptor of a {@link HostKeyVerificationStrategy}, and the one "Test connection" of the restart steps' form:
 * it tests with the strategy being configured, which each strategy's descriptor builds from its own fields.
 */
public abstract class HostKeyVerificationStrategyDescriptor extends Descriptor<HostKeyVerificationStrategy> {

    /** The step's fields that Test connection sends, before the strategy's own. */
    private static final List<String> STEP_FIELDS =
            List.of("deployment", "hosts", "credentialsId", "service", "defaultPort", "connectTimeout");

    /** The names of this strategy's own form fields, e.g. {@code knownHosts}; none by default. */
    protected List<String> strategyFields() {
        return List.of();
    }

    /**
     * The strategy as the form's values of its own fields give it.
     *
     * @param field the value typed in each of {@link #strategyFields()}, {@code null} when empty
     */
    protected abstract HostKeyVerificationStrategy fromForm(UnaryOperator<String> field);

    /** The fields the Test connection button sends (its {@code with} attribute). */
    public String getTestConnectionFields() {
        StringBuilder sb = new StringBuilder(String.join(",", STEP_FIELDS));
        for (String field : strategyFields()) {
            sb.append(',').append(field);
        }
        return sb.toString();
    }

    /**
     * Test connection: POST only, for a user who may configure the job; the restart steps' form does the test
     * ({@link ConnectionTester}). In a step that names a deployment, the hosts, credentials, port and service the step
     * leaves empty are the deployment's; the strategy is always the one being configured.
     */
    @POST
    public FormValidation doTestConnection(@AncestorInPath Item item, StaplerRequest2 request) {
        return ExtensionList.lookupSingleton(ConnectionTester.class)
                .test(item, request::getParameter, fromForm(request::getParameter));
    }

    /** Every host key verification strategy installed, for the forms' drop-downs. */
    public static List<HostKeyVerificationStrategyDescriptor> all() {
        return ExtensionList.lookup(HostKeyVerificationStrategyDescriptor.class);
    }
}
