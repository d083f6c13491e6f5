package io.jenkins.plugins.cmswebbridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.cmswebbridge.engine.HostAddress;
import io.jenkins.plugins.cmswebbridge.engine.RestartSettings;
import io.jenkins.plugins.cmswebbridge.engine.WebBridgeService;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RestartParametersTest {

    private static RestartParameters valid() {
        return new RestartParameters("mmp1.example.com\nmmp2.example.com:2222", "cms-mmp-admin");
    }

    @Test
    void defaultsMatchTheEngineAndTheDocumentedValues() {
        RestartParameters p = valid();
        assertTrue(p.problems().isEmpty(), p.problems().toString());
        RestartSettings s = p.toSettings();
        assertEquals(WebBridgeService.WEBBRIDGE, s.getService());
        assertEquals(Duration.ofSeconds(10), s.getConnectTimeout());
        assertEquals(Duration.ofSeconds(120), s.getCommandTimeout());
        assertEquals(1, s.getRetries());
        assertEquals(1, s.getParallelism());
        assertTrue(s.isVerifyAfterRestart());
        assertFalse(s.isDryRun());
        assertFalse(s.isStopOnFirstFailure());
        assertEquals(RestartParameters.ResultOnFailure.FAILURE, p.resultOnFailure());
        assertEquals("webbridge_restart_logs.txt", p.logArtifactName());
        assertEquals("webbridge_restart_report.json", p.jsonArtifactName());
        List<HostAddress> hosts = p.hostList().getHosts();
        assertEquals(List.of(22, 2222), hosts.stream().map(HostAddress::getPort).toList());
    }

    @Test
    void zeroRetriesMeansNoRetryAndEmptyMeansTheDefault() {
        RestartParameters p = valid();
        p.setRetries(0);
        assertEquals(0, p.getRetries());
        assertEquals(0, p.toSettings().getRetries());
        p.setRetries(null);
        assertEquals(1, p.toSettings().getRetries());
        p.setRetries(-1);
        assertTrue(
                String.join("", p.problems()).contains("retries: must be between 0 and 10"),
                p.problems().toString());
        assertNull(RestartParameters.checkRetries("0"), "the form accepts 0: no retry");
        assertNull(RestartParameters.checkRetries(" "));
        assertEquals(
                "retries: a whole number from 0 (no retry) to 10; empty for the default, 1",
                RestartParameters.checkRetries("11"));
        assertEquals(
                "retries: a whole number from 0 (no retry) to 10; empty for the default, 1",
                RestartParameters.checkRetries("one"));
    }

    @Test
    void zeroAndEmptyNumbersMeanTheDefaultNeverNoTimeout() {
        RestartParameters p = valid();
        p.setConnectTimeout(0);
        p.setCommandTimeout(0);
        p.setParallelism(0);
        p.setDefaultPort(0);
        assertNull(p.getConnectTimeout(), "0 is stored as 'not set', so the form shows an empty field");
        RestartSettings s = p.toSettings();
        assertEquals(Duration.ofSeconds(10), s.getConnectTimeout());
        assertEquals(Duration.ofSeconds(120), s.getCommandTimeout());
        assertEquals(1, s.getRetries(), "retries not set: the default");
        assertEquals(1, s.getParallelism());
        assertEquals(22, p.effectivePort());

        p.setConnectTimeout(null);
        p.setService("  ");
        p.setLogFileName("");
        p.setResultOnFailure(null);
        assertEquals(Duration.ofSeconds(10), p.toSettings().getConnectTimeout());
        assertEquals("webbridge", p.getService());
        assertEquals("webbridge_restart_logs.txt", p.getLogFileName());
        assertEquals("FAILURE", p.getResultOnFailure());
    }

    @Test
    void configuredValuesReachTheSettings() {
        RestartParameters p = valid();
        p.setService("webbridge3");
        p.setConnectTimeout(3);
        p.setCommandTimeout(30);
        p.setRetries(4);
        p.setParallelism(8);
        p.setStopOnFirstFailure(true);
        p.setVerifyAfterRestart(false);
        p.setDryRun(true);
        p.setDefaultPort(2022);
        p.setResultOnFailure("unstable");
        RestartSettings s = p.toSettings();
        assertEquals(WebBridgeService.WEBBRIDGE3, s.getService());
        assertEquals(Duration.ofSeconds(3), s.getConnectTimeout());
        assertEquals(Duration.ofSeconds(30), s.getCommandTimeout());
        assertEquals(4, s.getRetries());
        assertEquals(8, s.getParallelism());
        assertTrue(s.isStopOnFirstFailure());
        assertFalse(s.isVerifyAfterRestart());
        assertTrue(s.isDryRun());
        assertEquals(2022, p.hostList().getHosts().get(0).getPort());
        assertEquals(2222, p.hostList().getHosts().get(1).getPort(), "an explicit port wins over the default");
        assertEquals(RestartParameters.ResultOnFailure.UNSTABLE, p.resultOnFailure());
    }

    @Test
    void everyBadValueIsReportedWithItsFieldBeforeAnyConnection() {
        RestartParameters p = new RestartParameters("mmp1\nbad host:99999\n\nmmp3:abc", " ");
        p.setConnectTimeout(7200);
        p.setCommandTimeout(-5);
        p.setRetries(11);
        p.setParallelism(65);
        p.setService("webbridge4");
        p.setResultOnFailure("ABORTED");
        p.setLogFileName("../etc/passwd");
        List<String> problems = p.problems();
        String all = String.join("\n", problems);
        assertTrue(all.contains("credentialsId: required"), all);
        assertTrue(all.contains("hosts: ") && all.contains("line 2") && all.contains("line 4"), all);
        assertTrue(all.contains("connectTimeout: must be between 1 and 3600 seconds"), all);
        assertTrue(all.contains("resultOnFailure: 'ABORTED'"), all);
        assertTrue(all.contains("logFileName: '../etc/passwd' is not a plain file name"), all);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, p::validate);
        assertTrue(e.getMessage().contains("credentialsId"), e.getMessage());

        RestartParameters q = valid();
        q.setCommandTimeout(-5);
        assertThrows(IllegalArgumentException.class, q::toSettings, "commandTimeout");
        RestartParameters r = valid();
        r.setRetries(11);
        assertTrue(
                String.join("", r.problems()).contains("retries: must be between 0 and 10"),
                r.problems().toString());
        RestartParameters t = valid();
        t.setParallelism(65);
        assertTrue(
                String.join("", t.problems()).contains("parallelism: must be between 1 and 64"),
                t.problems().toString());
        RestartParameters u = valid();
        u.setService("webbridge4");
        assertTrue(
                String.join("", u.problems()).contains("service: 'webbridge4'"),
                u.problems().toString());
        RestartParameters v = valid();
        v.setDefaultPort(70000);
        assertTrue(
                String.join("", v.problems()).contains("defaultPort: must be between 1 and 65535"),
                v.problems().toString());
    }

    @Test
    void emptyHostListIsAnError() {
        RestartParameters p = new RestartParameters("  # only a comment\n", "id");
        assertTrue(
                String.join("", p.problems()).startsWith("hosts: "),
                p.problems().toString());
    }

    @Test
    void jsonReportNameFollowsACustomLogName() {
        RestartParameters p = valid();
        p.setLogFileName("site-a_restart.txt");
        assertEquals("site-a_restart.txt", p.logArtifactName());
        assertEquals("site-a_restart.json", p.jsonArtifactName());
        p.setLogFileName("restart.json");
        assertEquals("restart-report.json", p.jsonArtifactName());
        p.setLogFileName("restartlog");
        assertEquals("restartlog.json", p.jsonArtifactName());
        for (String bad : List.of(".hidden", "a/b.txt", "a\\b.txt", "x".repeat(129), "name with space")) {
            p.setLogFileName(bad);
            assertThrows(IllegalArgumentException.class, p::logArtifactName, bad);
        }
    }

    @Test
    void withHostsCopiesEveryOtherField() {
        RestartParameters p = valid();
        p.setService("webbridge3");
        p.setDefaultPort(2022);
        p.setConnectTimeout(5);
        p.setCommandTimeout(50);
        p.setRetries(3);
        p.setParallelism(4);
        p.setStopOnFirstFailure(true);
        p.setVerifyAfterRestart(false);
        p.setResultOnFailure("UNSTABLE");
        p.setLogFileName("x.log");
        p.setDryRun(true);
        RestartParameters c = p.withHosts("other.example.com");
        assertEquals("other.example.com", c.getHosts());
        assertEquals(p.getCredentialsId(), c.getCredentialsId());
        assertEquals(p.getService(), c.getService());
        assertEquals(p.getDefaultPort(), c.getDefaultPort());
        assertEquals(p.getConnectTimeout(), c.getConnectTimeout());
        assertEquals(p.getCommandTimeout(), c.getCommandTimeout());
        assertEquals(p.getRetries(), c.getRetries());
        assertEquals(p.getParallelism(), c.getParallelism());
        assertEquals(p.isStopOnFirstFailure(), c.isStopOnFirstFailure());
        assertEquals(p.isVerifyAfterRestart(), c.isVerifyAfterRestart());
        assertEquals(p.getResultOnFailure(), c.getResultOnFailure());
        assertEquals(p.getLogFileName(), c.getLogFileName());
        assertEquals(p.isDryRun(), c.isDryRun());
    }

    @Test
    void formNumberChecksNameTheFieldAndAcceptEmptyAndZero() {
        assertNull(RestartParameters.checkNumber("retries", "", 1, 10));
        assertNull(RestartParameters.checkNumber("retries", " 0 ", 1, 10));
        assertNull(RestartParameters.checkNumber("retries", "3", 1, 10));
        assertEquals(
                "retries: 'three' is not a whole number", RestartParameters.checkNumber("retries", "three", 1, 10));
        assertEquals(
                "retries: must be between 1 and 10 (0 or empty for the default), was 12",
                RestartParameters.checkNumber("retries", "12", 1, 10));
        assertEquals(
                "connectTimeout: must be between 1 and 3600 (0 or empty for the default), was -1",
                RestartParameters.checkNumber("connectTimeout", "-1", 1, 3600));
    }
}
