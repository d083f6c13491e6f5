package io.jenkins.plugins.cmswebbridge.fields;

import io.jenkins.plugins.cmswebbridge.engine.report.JsonReportWriter;
import io.jenkins.plugins.cmswebbridge.engine.report.RestartLogWriter;

/**
 * The names under which a run archives its restart log and its JSON report. The JSON report is named after the log:
 * the default report next to the default log, otherwise the log's name with {@code .json} for its extension, so that
 * two steps with two log names in one build keep two reports.
 */
public record ArtifactNames(String log, String json) {

    static ArtifactNames forLog(String log) {
        if (log.equals(RestartLogWriter.DEFAULT_FILE_NAME)) {
            return new ArtifactNames(log, JsonReportWriter.DEFAULT_FILE_NAME);
        }
        int dot = log.lastIndexOf('.');
        String base = dot > 0 ? log.substring(0, dot) : log;
        String json = base + ".json";
        return new ArtifactNames(log, json.equals(log) ? base + "-report.json" : json);
    }
}
