package io.jenkins.plugins.cmswebbridge.hostkey;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.ExtensionPoint;
import hudson.model.Item;
import hudson.util.FormValidation;
import java.util.function.UnaryOperator;

/**
 * What the "Test connection" button of a host key strategy's form asks for: a test of the restart steps' hosts with
 * the strategy being configured. The restart steps' form implements it as an extension, so that this package, which
 * the deployments and the steps use, does not use them back.
 */
public interface ConnectionTester extends ExtensionPoint {

    /**
     * @param item the job being configured, or {@code null} outside a job
     * @param form the value of each of the form's fields by name, {@code null} when empty
     * @param strategy the strategy as the form's values of its own fields give it
     */
    FormValidation test(@CheckForNull Item item, UnaryOperator<String> form, HostKeyVerificationStrategy strategy);
}
