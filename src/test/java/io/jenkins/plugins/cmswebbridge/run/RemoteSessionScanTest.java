package io.jenkins.plugins.cmswebbridge.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.cmswebbridge.engine.sessionleak.SessionLeakReport;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RemoteSessionScanTest {

    @TempDir
    Path workspace;

    @Test
    void readsTheFilesOfTheWorkspace() throws Exception {
        Files.writeString(
                workspace.resolve("syslog"),
                "2020-06-08T14:53:18Z cms1 \"webbridge\": INFO : [DEBUGGING] Stats 12, c:3, d:1\n");
        SessionLeakReport report = new RemoteSessionScan(workspace.toString(), "syslog").call();
        assertEquals(12, report.totalWebBridgeActive());
    }

    @Test
    void aProblemWithTheFilesIsToldApartFromAChannelFailure() {
        // the step reports a LogsProblem against its 'logs' field; any other IOException is the channel's
        var e = assertThrows(
                RemoteSessionScan.LogsProblem.class,
                () -> new RemoteSessionScan(workspace.toString(), "logs/**/syslog*").call());
        assertTrue(e.getMessage().contains("no file in the workspace matches 'logs/**/syslog*'"), e.getMessage());
    }
}
