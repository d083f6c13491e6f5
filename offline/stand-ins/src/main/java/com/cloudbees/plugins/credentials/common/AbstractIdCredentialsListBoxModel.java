package com.cloudbees.plugins.credentials.common;

import com.cloudbees.plugins.credentials.CredentialsMatcher;
import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import hudson.model.Item;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.cmswebbridge.standins.StandIn;
import java.util.List;
import org.springframework.security.core.Authentication;

// stand-in: credentials-plugin com.cloudbees.plugins.credentials.common.AbstractIdCredentialsListBoxModel
// (the members the plugin calls; the abstract describe(C), the deprecated with/withAll/withMatching/includeAs
// methods and its other members left out)
public abstract class AbstractIdCredentialsListBoxModel<
                T extends AbstractIdCredentialsListBoxModel<T, C>, C extends IdCredentials>
        extends ListBoxModel {

    @NonNull
    public AbstractIdCredentialsListBoxModel<T, C> includeEmptyValue() {
        return StandIn.unsupported();
    }

    public AbstractIdCredentialsListBoxModel<T, C> includeMatchingAs(
            @NonNull Authentication authentication,
            @Nullable Item context,
            @NonNull Class<? extends C> type,
            @NonNull List<DomainRequirement> domainRequirements,
            @NonNull CredentialsMatcher matcher) {
        return StandIn.unsupported();
    }

    public AbstractIdCredentialsListBoxModel<T, C> includeCurrentValue(@NonNull String value) {
        return StandIn.unsupported();
    }
}
