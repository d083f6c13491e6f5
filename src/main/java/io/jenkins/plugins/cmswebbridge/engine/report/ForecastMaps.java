package io.jenkins.plugins.cmswebbridge.engine.report;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.forecast.Forecast;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.forecast.Outlook;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A web bridge's forecast in the report model ({@link ReportModel}): the map under a server's {@code forecast} key, in
 * the JSON report and in the value of {@code cmsWebBridgeSessionReport}. Figures are rounded as they are meaningful:
 * the growth and the days to a tenth, the fit to a hundredth.
 */
final class ForecastMaps {

    private ForecastMaps() {}

    /**
     * The forecast's map, with what it called for in this run when there is an outlook; {@code null} for a server
     * without a forecast (a call bridge).
     */
    @CheckForNull
    static Map<String, Object> of(@CheckForNull Forecast f, @CheckForNull Outlook outlook) {
        if (f == null) {
            return null;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("kind", f.getKind().name());
        map.put("reason", f.getReason() == null ? null : f.getReason().english());
        map.put("growthPerDay", round(f.getGrowthPerDay(), 10));
        map.put("fit", round(f.getFit(), 100));
        map.put("reachesAt", ReportModel.time(f.getReachesAt()));
        map.put("daysLeft", round(f.getDaysLeft(), 10));
        map.put("trafficPeak", f.getTrafficPeak());
        map.put("newestReading", ReportModel.time(f.getNewestReading()));
        map.put("lastRestart", ReportModel.time(f.getLastRestart()));
        map.put("days", round(f.getDays(), 10));
        map.put("dailyFloors", f.getDailyFloors());
        map.put("hours", f.getHours());
        if (outlook != null) {
            map.put("call", outlook.call().name());
            map.put("note", outlook.note());
        }
        return Collections.unmodifiableMap(map);
    }

    private static Double round(@CheckForNull Double value, int per) {
        return value == null ? null : Math.round(value * per) / (double) per;
    }
}
