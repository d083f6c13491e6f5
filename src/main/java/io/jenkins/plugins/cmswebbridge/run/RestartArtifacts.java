package io.jenkins.plugins.cmswebbridge.run;

import io.jenkins.plugins.cmswebbridge.engine.report.JsonReportWriter;
import io.jenkins.plugins.cmswebbridge.engine.report.RestartLogWriter;
import io.jenkins.plugins.cmswebbridge.engine.report.RunReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the restart log and the JSON report of one run into a directory, from where the build step
 * archives them. Plain Java; returns the artifact map (path in the archive to path in the directory)
 * that Jenkins' artifact manager takes.
 */
public final class RestartArtifacts {

    private RestartArtifacts() {}

    public static Map<String, String> write(RunReport report, Path dir, String logName, String jsonName)
            throws IOException {
        Files.writeString(dir.resolve(logName), RestartLogWriter.render(report), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(jsonName), JsonReportWriter.render(report), StandardCharsets.UTF_8);
        Map<String, String> artifacts = new LinkedHashMap<>();
        artifacts.put(logName, logName);
        artifacts.put(jsonName, jsonName);
        return artifacts;
    }
}
