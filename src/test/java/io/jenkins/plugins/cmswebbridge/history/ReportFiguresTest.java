package io.jenkins.plugins.cmswebbridge.history;

import static io.jenkins.plugins.cmswebbridge.engine.report.TestReports.callBridge;
import static io.jenkins.plugins.cmswebbridge.engine.report.TestReports.hosts;
import static io.jenkins.plugins.cmswebbridge.engine.report.TestReports.ran;
import static io.jenkins.plugins.cmswebbridge.engine.report.TestReports.report;
import static io.jenkins.plugins.cmswebbridge.engine.report.TestReports.sessions;
import static io.jenkins.plugins.cmswebbridge.engine.report.TestReports.webBridge;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jenkins.plugins.cmswebbridge.engine.report.Outcome;
import io.jenkins.plugins.cmswebbridge.engine.report.RunReport;
import java.lang.reflect.Field;
import org.junit.jupiter.api.Test;

/** The figures a build's report keeps for the trend chart, and those of a build recorded before they were kept. */
class ReportFiguresTest {

    @Test
    void theBuildPageActionKeepsTheFiguresOfItsReport() {
        RunReport report = ran(
                hosts("", Outcome.RESTARTED, Outcome.RESTARTED, Outcome.FAILED),
                new RunReport.Conditions(
                        sessions(webBridge("cmsfe1", 130), callBridge("cmscb1", 100)), "restart needed", null));
        RestartReportAction action = new RestartReportAction(report, "log.txt", "report.json");
        assertEquals(new BuildFigures(2, 1, 30L, 130), action.getFigures());
    }

    @Test
    void aBuildRecordedBeforeTheFiguresWereKeptCountsItsRows() throws Exception {
        RestartReportAction action = new RestartReportAction(
                report(Outcome.RESTARTED, Outcome.FAILED, Outcome.UNCONFIRMED, Outcome.RESTARTED),
                "log.txt",
                "report.json");
        // what XStream leaves in a field that build.xml does not have
        Field figures = RestartReportAction.class.getDeclaredField("figures");
        figures.setAccessible(true);
        figures.set(action, null);
        assertEquals(new BuildFigures(2, 2, null, null), action.getFigures());
    }
}
