package io.jenkins.plugins.cmswebbridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.model.FreeStyleProject;
import io.jenkins.plugins.casc.ConfigurationAsCode;
import io.jenkins.plugins.casc.ConfigurationContext;
import io.jenkins.plugins.casc.ConfiguratorRegistry;
import io.jenkins.plugins.casc.misc.ConfiguredWithCode;
import io.jenkins.plugins.casc.misc.JenkinsConfiguredWithCodeRule;
import io.jenkins.plugins.casc.misc.Util;
import io.jenkins.plugins.casc.misc.junit.jupiter.WithJenkinsConfiguredWithCode;
import io.jenkins.plugins.cmswebbridge.deployments.CmsDeployment;
import io.jenkins.plugins.cmswebbridge.deployments.CmsDeployments;
import io.jenkins.plugins.cmswebbridge.hostkey.KnownHostsStrategy;
import io.jenkins.plugins.cmswebbridge.hostkey.ManualKeysStrategy;
import io.jenkins.plugins.cmswebbridge.hostkey.NonVerifyingStrategy;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Configuration as Code: credentials and jobs (through the jobs: key and Job DSL, using the @Symbol
 * names, the build step's current one and its former one) are imported from casc.yaml; the export shows no secret
 * in clear text.
 */
@WithJenkinsConfiguredWithCode
@SuppressWarnings("unchecked") // the export read back as plain YAML maps
class ConfigurationAsCodeJenkinsTest {

    @Test
    @ConfiguredWithCode("casc.yaml")
    void importsTheJobAndExportsNoSecret(JenkinsConfiguredWithCodeRule r) throws Exception {
        FreeStyleProject job = r.jenkins.getItemByFullName("cms-webbridge-restart", FreeStyleProject.class);
        assertNotNull(job, "the Job DSL script in casc.yaml creates the job");
        RestartCmsWebBridgesBuilder builder = job.getBuildersList().get(RestartCmsWebBridgesBuilder.class);
        assertNotNull(builder);
        assertEquals(
                "mmp1.example.com\nmmp2.example.com:2222", builder.getHosts().strip());
        assertEquals("cms-mmp-admin", builder.getCredentialsId());
        assertEquals("UNSTABLE", builder.getResultOnFailure());
        assertEquals(Integer.valueOf(2), builder.getParallelism());
        assertEquals(Integer.valueOf(0), builder.getRetries(), "retries(0) in Job DSL means no retry, not the default");
        assertTrue(builder.getHostKeyVerification() instanceof ManualKeysStrategy);
        FreeStyleProject former =
                r.jenkins.getItemByFullName("cms-webbridge-restart-former-name", FreeStyleProject.class);
        assertNotNull(former, "a Job DSL script may still name the build step restartCmsWebBridges");
        RestartCmsWebBridgesBuilder formerBuilder = former.getBuildersList().get(RestartCmsWebBridgesBuilder.class);
        assertEquals("prod", formerBuilder.getDeployment());
        assertTrue(formerBuilder.isDryRun());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ConfigurationAsCode.get().export(out);
        String exported = out.toString(StandardCharsets.UTF_8);
        assertTrue(exported.contains("cms-mmp-admin"), exported);
        assertFalse(exported.contains("Casc-Pa55word-never-shown"), "the password is exported encrypted only");
        assertTrue(exported.contains("password: \"{"), "the password is exported as an encrypted Secret: " + exported);
    }

    /**
     * The deployments import from {@code unclassified: cmsWebBridge:} and export back to the same values: the
     * export, read as YAML, configures what was imported.
     */
    @Test
    @ConfiguredWithCode("deployments.yaml")
    void deploymentsRoundTrip(JenkinsConfiguredWithCodeRule r) throws Exception {
        List<CmsDeployment> imported = CmsDeployments.get().getDeployments();
        assertEquals(
                List.of("prod", "lab"),
                imported.stream().map(CmsDeployment::getName).toList());
        CmsDeployment prod = imported.get(0);
        assertEquals("mmp1.example.com\nmmp2.example.com:2222", prod.getHosts().strip());
        assertEquals(Integer.valueOf(22), prod.getDefaultPort());
        assertEquals("prod-mmp", prod.getCredentialsId());
        assertEquals(
                new KnownHostsStrategy("mmp1.example.com ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ"),
                prod.getHostKeyVerification());
        assertEquals("webbridge3", prod.getService());
        assertEquals("https://cms1.example.com:445", prod.getApis());
        assertEquals("prod-api", prod.getApiCredentialsId());
        assertEquals(new NonVerifyingStrategy(), imported.get(1).getHostKeyVerification());

        ConfigurationContext context = new ConfigurationContext(ConfiguratorRegistry.get());
        String exported = Util.toYamlString(Util.getUnclassifiedRoot(context).get("cmsWebBridge"));
        Map<String, Object> tree = new Yaml().load(exported);
        List<Map<String, Object>> deployments = (List<Map<String, Object>>) tree.get("deployments");
        assertEquals(2, deployments.size(), exported);
        Map<String, Object> first = deployments.get(0);
        assertEquals("prod", first.get("name"));
        assertEquals(prod.getHosts(), first.get("hosts"));
        assertEquals(22, first.get("defaultPort"));
        assertEquals("prod-mmp", first.get("credentialsId"));
        assertEquals("webbridge3", first.get("service"));
        assertEquals("https://cms1.example.com:445", first.get("apis"));
        assertEquals("prod-api", first.get("apiCredentialsId"));
        assertEquals(
                Map.of("knownHosts", Map.of("knownHosts", "mmp1.example.com ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ")),
                first.get("hostKeyVerification"));
        assertEquals("lab", deployments.get(1).get("name"));
        assertFalse(exported.contains("Casc-Pa55word-never-shown"), exported);
    }
}
