package io.jenkins.plugins.cmswebbridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.model.FreeStyleProject;
import io.jenkins.plugins.casc.ConfigurationAsCode;
import io.jenkins.plugins.casc.misc.ConfiguredWithCode;
import io.jenkins.plugins.casc.misc.JenkinsConfiguredWithCodeRule;
import io.jenkins.plugins.casc.misc.junit.jupiter.WithJenkinsConfiguredWithCode;
import io.jenkins.plugins.cmswebbridge.hostkey.ManualKeysStrategy;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Configuration as Code: credentials and a job (through the jobs: key and Job DSL, using the @Symbol
 * names) are imported from casc.yaml; the export shows no secret in clear text.
 */
@WithJenkinsConfiguredWithCode
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

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ConfigurationAsCode.get().export(out);
        String exported = out.toString(StandardCharsets.UTF_8);
        assertTrue(exported.contains("cms-mmp-admin"), exported);
        assertFalse(exported.contains("Casc-Pa55word-never-shown"), "the password is exported encrypted only");
        assertTrue(exported.contains("password: \"{"), "the password is exported as an encrypted Secret: " + exported);
    }
}
