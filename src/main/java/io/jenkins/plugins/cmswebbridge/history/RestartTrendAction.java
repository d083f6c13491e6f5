package io.jenkins.plugins.cmswebbridge.history;

import edu.hm.hafner.echarts.LineSeries;
import edu.hm.hafner.echarts.LinesChartModel;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Action;
import hudson.model.Job;
import hudson.model.Run;
import io.jenkins.plugins.cmswebbridge.fields.Messages;
import io.jenkins.plugins.echarts.AsyncTrendChart;
import io.jenkins.plugins.echarts.JenkinsPalette;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kohsuke.stapler.bind.JavaScriptMethod;
import tools.jackson.databind.ObjectMapper;

/**
 * The trend chart of a job's restarts, on the job page (its {@code floatingBox.jelly}, through echarts-api's
 * {@code trend-chart} tag, which loads the model with {@link #getBuildTrendModel()}): per build, the leaked sessions,
 * the busiest web bridge's active sessions against the 149-session limit, and the hosts restarted and failed. Added to
 * freestyle and pipeline jobs alike by {@link RestartTrendActionFactory}. Not in the side panel; its URL,
 * {@value #URL_NAME} under the job, also answers the model to a JavaScript proxy call.
 */
public final class RestartTrendAction implements Action, AsyncTrendChart {

    public static final String URL_NAME = "cmsWebBridgeTrend";

    private final Job<?, ?> job;

    public RestartTrendAction(Job<?, ?> job) {
        this.job = job;
    }

    public Job<?, ?> getJob() {
        return job;
    }

    @CheckForNull
    @Override
    public String getIconFileName() {
        return null;
    }

    @Override
    public String getDisplayName() {
        return Messages.Trend_DisplayName();
    }

    @Override
    public String getUrlName() {
        return URL_NAME;
    }

    /** The chart model as JSON, as echarts-api's trend chart asks for it. */
    @JavaScriptMethod
    @Override
    public String getBuildTrendModel() {
        return new ObjectMapper().writeValueAsString(createChartModel());
    }

    /** Always: the factory adds this action only to a job whose last builds recorded a restart. */
    @Override
    public boolean isTrendVisible() {
        return true;
    }

    LinesChartModel createChartModel() {
        TrendSeries trend = TrendSeries.of(points(job));
        LinesChartModel model = new LinesChartModel(trend.labels(), trend.buildNumbers());
        for (Map.Entry<String, List<Integer>> values : trend.series().entrySet()) {
            LineSeries line = new LineSeries(
                    name(values.getKey()),
                    color(values.getKey()).normal(),
                    LineSeries.StackedMode.SEPARATE_LINES,
                    LineSeries.FilledMode.LINES);
            line.addAll(values.getValue());
            model.addSeries(line);
        }
        return model;
    }

    /**
     * The job's completed builds, newest first, with the figures of each restart step in them, as far back as
     * {@link TrendSeries} looks.
     */
    static List<TrendSeries.Point> points(Job<?, ?> job) {
        List<TrendSeries.Point> points = new ArrayList<>();
        Run<?, ?> run = job.getLastCompletedBuild();
        for (int looked = 0;
                run != null && looked < TrendSeries.MAX_LOOKED_AT && points.size() < TrendSeries.MAX_BUILDS;
                looked++) {
            List<BuildFigures> figures = new ArrayList<>();
            for (RestartReportAction report : run.getActions(RestartReportAction.class)) {
                figures.add(report.getFigures());
            }
            if (!figures.isEmpty()) {
                points.add(new TrendSeries.Point(run.getNumber(), run.getDisplayName(), figures));
            }
            run = run.getPreviousCompletedBuild();
        }
        return points;
    }

    private static String name(String key) {
        return switch (key) {
            case TrendSeries.LEAKED -> Messages.Trend_Leaked();
            case TrendSeries.BUSIEST -> Messages.Trend_Busiest();
            case TrendSeries.LIMIT -> Messages.Trend_Limit(TrendSeries.SESSION_LIMIT);
            case TrendSeries.RESTARTED -> Messages.Trend_Restarted();
            case TrendSeries.FAILED -> Messages.Trend_Failed();
            default -> key;
        };
    }

    private static JenkinsPalette color(String key) {
        return switch (key) {
            case TrendSeries.LEAKED -> JenkinsPalette.ORANGE;
            case TrendSeries.BUSIEST -> JenkinsPalette.BLUE;
            case TrendSeries.LIMIT -> JenkinsPalette.GREY;
            case TrendSeries.RESTARTED -> JenkinsPalette.GREEN;
            default -> JenkinsPalette.RED;
        };
    }
}
