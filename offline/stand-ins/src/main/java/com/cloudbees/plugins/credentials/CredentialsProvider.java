package com.cloudbees.plugins.credentials;

import com.cloudbees.plugins.credentials.common.IdCredentials;
import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import hudson.model.Item;
import hudson.model.Run;
import io.jenkins.plugins.cmswebbridge.standins.StandIn;
import java.util.List;
import org.springframework.security.core.Authentication;

// stand-in: credentials-plugin com.cloudbees.plugins.credentials.CredentialsProvider (the static members
// the plugin calls; its supertypes Descriptor, ExtensionPoint, Describable and IconSpec and its other
// members left out)
public abstract class CredentialsProvider {

    @SuppressWarnings("unchecked")
    public static <C extends Credentials> C snapshot(Class<C> clazz, C credential) {
        return StandIn.unsupported();
    }

    @CheckForNull
    public static <C extends IdCredentials> C findCredentialByIdInItem(
            @NonNull String id,
            @NonNull Class<C> type,
            @Nullable Item item,
            @Nullable Authentication authentication,
            @Nullable List<DomainRequirement> domainRequirements) {
        return StandIn.unsupported();
    }

    @CheckForNull
    public static <C extends IdCredentials> C findCredentialById(
            @NonNull String id, @NonNull Class<C> type, @NonNull Run<?, ?> run) {
        return StandIn.unsupported();
    }

    @CheckForNull
    public static <C extends Credentials> C track(@NonNull Run build, @CheckForNull C credentials) {
        return StandIn.unsupported();
    }
}
