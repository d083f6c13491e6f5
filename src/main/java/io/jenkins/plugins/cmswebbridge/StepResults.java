package io.jenkins.plugins.cmswebbridge;

import io.jenkins.plugins.cmswebbridge.engine.FleetReport;
import io.jenkins.plugins.cmswebbridge.engine.HostResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The value the pipeline step returns: one map per host, in the order of the host list, with the keys
 * {@code host}, {@code port}, {@code ok}, {@code outcome}, {@code reason}, {@code attempts} and
 * {@code durationMillis}. Only strings, numbers and booleans, so that the CPS engine can keep it in
 * the program state, and nothing secret.
 */
public final class StepResults {

    private StepResults() {}

    public static List<Map<String, Object>> toMaps(FleetReport report) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (HostResult r : report.getResults()) {
            list.add(toMap(r));
        }
        return list;
    }

    static Map<String, Object> toMap(HostResult r) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("host", r.getHost());
        map.put("port", r.getPort());
        map.put("ok", r.isOk());
        map.put("outcome", r.getOutcome().name());
        map.put("reason", r.getReason() == null ? "" : r.getReason());
        map.put("attempts", r.getAttempts());
        map.put("durationMillis", r.getDurationMillis());
        return Collections.unmodifiableMap(map);
    }
}
