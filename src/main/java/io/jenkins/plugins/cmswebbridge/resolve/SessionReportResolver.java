package io.jenkins.plugins.cmswebbridge.resolve;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.cmswebbridge.deployments.CmsDeployment;
import io.jenkins.plugins.cmswebbridge.deployments.DeploymentLookup;
import io.jenkins.plugins.cmswebbridge.engine.restart.RestartSettings;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.MmpLogSettings;
import io.jenkins.plugins.cmswebbridge.fields.Fields;
import io.jenkins.plugins.cmswebbridge.fields.Messages;
import io.jenkins.plugins.cmswebbridge.resolve.RestartResolver.Collector;
import io.jenkins.plugins.cmswebbridge.resolve.RestartResolver.Problem;
import io.jenkins.plugins.cmswebbridge.resolve.RestartResolver.Target;
import java.util.List;

/**
 * The resolve step of {@code cmsWebBridgeSessionReport}, on the controller before anything is read: either the
 * files in the workspace ({@code logs}), or each MMP of a CMS deployment read over SFTP ({@code deployment}, with
 * {@code only} and {@code mmpLogFile}). The deployment's hosts, credentials and host key verification are resolved
 * by the restart's own resolvers ({@link RestartResolver#deployment}, {@link RestartResolver#target}), so the two
 * steps agree on every field.
 */
public final class SessionReportResolver {

    private SessionReportResolver() {}

    /** What the step reads from the MMPs of a deployment, and how. No secret: the credentials are an id. */
    public record FromMmps(String deployment, Target target, MmpLogSettings settings) {}

    /** Either the problems (at least one), or the files' pattern, or the MMPs to read. */
    public record Resolution(
            List<Problem> problems,
            @CheckForNull String logs,
            @CheckForNull FromMmps mmps) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /**
     * Resolves the step's arguments as typed; exactly one of {@code logs} and {@code deployment} must be given.
     *
     * @param deployments where the deployment the step names is found
     */
    public static Resolution resolve(
            @CheckForNull String logs,
            @CheckForNull String deployment,
            @CheckForNull String only,
            @CheckForNull String mmpLogFile,
            DeploymentLookup deployments) {
        String name = deployment == null ? "" : deployment.trim();
        boolean hasLogs = logs != null && !logs.isBlank();
        if (hasLogs == !name.isEmpty()) {
            return problem("logs", Messages.SessionReport_OneSource());
        }
        Collector c = new Collector();
        if (hasLogs) {
            if (!blank(only)) {
                c.add(new Problem("only", Messages.SessionReport_DeploymentOnly()));
            }
            if (!blank(mmpLogFile)) {
                c.add(new Problem("mmpLogFile", Messages.SessionReport_DeploymentOnly()));
            }
            String pattern = c.take("logs", Fields.logs(logs));
            return new Resolution(c.problems(), c.problems().isEmpty() ? pattern : null, null);
        }
        Fields.Checked<CmsDeployment> found = RestartResolver.deployment(name, deployments);
        CmsDeployment d = found.value();
        if (d == null) {
            return problem("deployment", found.problem());
        }
        Target target = RestartResolver.target(
                d.getCredentialsId(), d.getDefaultPort(), d.getHosts(), only, d.getHostKeyVerification(), c);
        MmpLogSettings settings = c.take(
                "mmpLogFile",
                Fields.mmpLogFile(
                        blank(mmpLogFile) ? d.getMmpLogFile() : mmpLogFile, RestartSettings.DEFAULT_CONNECT_TIMEOUT));
        List<Problem> problems = c.problems();
        if (!problems.isEmpty() || target == null || settings == null) {
            return new Resolution(problems, null, null);
        }
        return new Resolution(List.of(), null, new FromMmps(d.getName(), target, settings));
    }

    private static boolean blank(@CheckForNull String value) {
        return value == null || value.isBlank();
    }

    private static Resolution problem(String field, @CheckForNull String message) {
        return new Resolution(List.of(new Problem(field, String.valueOf(message))), null, null);
    }
}
