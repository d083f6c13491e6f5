package io.jenkins.plugins.cmswebbridge.history;

import io.jenkins.plugins.cmswebbridge.engine.sessionleak.SessionLeakReport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The job's trend chart as plain data: one point per build that recorded a restart, oldest first, and one list of
 * values per series, {@code null} where a build has no such figure (the chart leaves a gap there rather than drawing
 * a zero that was never read). Plain Java, so that the series are tested without Jenkins; the glue turns them into
 * echarts-api's chart model.
 *
 * <p>A build with several restart steps (a pipeline) is one point: hosts restarted and failed, and leaked sessions,
 * are added up over its steps; the busiest web bridge is the busiest of them. A series with no value at all is left
 * out, and so is the limit line when no build read the web bridges.
 */
public record TrendSeries(List<String> labels, List<Integer> buildNumbers, Map<String, List<Integer>> series) {

    /** Builds shown at most: echarts-api's default build count ({@code ChartModelConfiguration}). */
    public static final int MAX_BUILDS = 50;

    /** Builds looked at, newest first, to find them: a job may also have builds that restarted nothing. */
    public static final int MAX_LOOKED_AT = 200;

    /** Series keys, in the order the chart lists them. */
    public static final String LEAKED = "leaked";

    public static final String BUSIEST = "busiest";
    public static final String LIMIT = "limit";
    public static final String RESTARTED = "restarted";
    public static final String FAILED = "failed";

    /** The web bridge's session limit, drawn as a line next to the busiest web bridge. */
    public static final int SESSION_LIMIT = SessionLeakReport.SESSION_LIMIT;

    /** One build: its number, its label on the chart ({@code #12}), and the figures of each restart step in it. */
    public record Point(int number, String label, List<BuildFigures> figures) {
        public Point {
            Objects.requireNonNull(label, "label");
            figures = List.copyOf(figures);
        }
    }

    public TrendSeries {
        labels = List.copyOf(labels);
        buildNumbers = List.copyOf(buildNumbers);
        Map<String, List<Integer>> copy = new LinkedHashMap<>();
        // values may be null (gaps), which List.copyOf refuses
        series.forEach((k, v) -> copy.put(k, Collections.unmodifiableList(new ArrayList<>(v))));
        series = Collections.unmodifiableMap(copy);
    }

    /**
     * The series of the given builds, newest first as a job lists them; builds without figures are left out, and only
     * the newest {@link #MAX_BUILDS} are kept.
     */
    public static TrendSeries of(List<Point> newestFirst) {
        List<Point> points = new ArrayList<>();
        for (Point p : newestFirst) {
            if (!p.figures().isEmpty()) {
                points.add(p);
                if (points.size() == MAX_BUILDS) {
                    break;
                }
            }
        }
        Collections.reverse(points);
        List<String> labels = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (Point p : points) {
            labels.add(p.label());
            numbers.add(p.number());
        }
        List<Integer> busiest = values(points, TrendSeries::busiest);
        Map<String, List<Integer>> series = new LinkedHashMap<>();
        putIfAny(series, LEAKED, values(points, TrendSeries::leaked));
        if (putIfAny(series, BUSIEST, busiest)) {
            series.put(LIMIT, values(points, p -> SESSION_LIMIT));
        }
        series.put(RESTARTED, values(points, p -> sum(p, BuildFigures::getRestarted)));
        series.put(FAILED, values(points, p -> sum(p, BuildFigures::getFailed)));
        return new TrendSeries(labels, numbers, series);
    }

    public boolean isEmpty() {
        return labels.isEmpty();
    }

    private static boolean putIfAny(Map<String, List<Integer>> series, String key, List<Integer> values) {
        if (values.stream().anyMatch(Objects::nonNull)) {
            series.put(key, values);
            return true;
        }
        return false;
    }

    private static List<Integer> values(List<Point> points, Function<Point, Integer> value) {
        List<Integer> list = new ArrayList<>();
        for (Point p : points) {
            list.add(value.apply(p));
        }
        return list;
    }

    private static Integer sum(Point p, Function<BuildFigures, Integer> value) {
        long total = 0;
        for (BuildFigures f : p.figures()) {
            total += value.apply(f);
        }
        return clamp(total);
    }

    private static Integer leaked(Point p) {
        Long total = null;
        for (BuildFigures f : p.figures()) {
            if (f.getLeaked() != null) {
                total = (total == null ? 0 : total) + f.getLeaked();
            }
        }
        return total == null ? null : clamp(total);
    }

    private static Integer busiest(Point p) {
        Integer max = null;
        for (BuildFigures f : p.figures()) {
            Integer b = f.getBusiestActive();
            if (b != null && (max == null || b > max)) {
                max = b;
            }
        }
        return max;
    }

    private static Integer clamp(long value) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(0, value));
    }
}
