package io.jenkins.plugins.cmswebbridge.run;

import io.jenkins.plugins.cmswebbridge.engine.report.ReportModel;
import io.jenkins.plugins.cmswebbridge.engine.report.RunReport;
import java.util.List;
import java.util.Map;

/**
 * The value the pipeline step {@code restartCmsWebBridges} returns: one map per host, in the order of the host list,
 * the summary of {@link ReportModel#host} (keys {@code host}, {@code port}, {@code address}, {@code ok},
 * {@code outcome}, {@code reason}, {@code attempts}, {@code durationMillis}).
 */
public final class StepResults {

    private StepResults() {}

    public static List<Map<String, Object>> toMaps(RunReport report) {
        return ReportModel.hosts(report, ReportModel.Detail.SUMMARY);
    }
}
