package io.jenkins.plugins.cmswebbridge.engine.activecalls;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The active-calls condition: asks every call bridge for its active call legs and allows the restart when their
 * sum is at most the threshold (a web bridge session may be on any call bridge). While it is higher, asks
 * again every poll interval until the wait is over, then skips or fails as configured. A call bridge that
 * cannot be asked stops the restart at once: it never goes ahead unconfirmed.
 */
public final class ActiveCallsPoll {

    /** Where call legs come from; {@link StatusClient} in production. */
    @FunctionalInterface
    public interface Source {
        int callLegsActive(CallBridgeApi api) throws ApiFailure, InterruptedException;
    }

    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(30);

    private final List<CallBridgeApi> apis;
    private final int threshold;
    private final Duration wait;
    private final Duration pollInterval;
    private final boolean failWhenBusy;

    public ActiveCallsPoll(
            List<CallBridgeApi> apis, int threshold, Duration wait, Duration pollInterval, boolean failWhenBusy) {
        if (apis.isEmpty()) {
            throw new IllegalArgumentException("apis: the list is empty");
        }
        this.apis = List.copyOf(apis);
        this.threshold = threshold;
        this.wait = wait;
        this.pollInterval = pollInterval;
        this.failWhenBusy = failWhenBusy;
    }

    /**
     * Asks, and waits as configured. Never throws for a call bridge's failure; when the calling thread is
     * interrupted (build aborted) it returns an {@code ABORTED} report promptly and sets the interrupt flag
     * again for the caller to see.
     *
     * @param console receives one line per round of questions while waiting
     */
    public ActiveCallsReport check(Source source, Consumer<String> console) {
        Instant startedAt = Instant.now();
        long start = System.nanoTime();
        long deadline = start + wait.toNanos();
        int polls = 0;
        List<ActiveCallsReport.Reading> readings = new ArrayList<>();
        try {
            while (true) {
                polls++;
                readings = poll(source);
                Duration waited = polls > 1 ? Duration.ofNanos(System.nanoTime() - start) : Duration.ZERO;
                if (readings.stream().anyMatch(r -> !r.isOk())) {
                    return report(ActiveCallsReport.Decision.ERROR, readings, polls, waited, startedAt);
                }
                long total = readings.stream()
                        .mapToLong(ActiveCallsReport.Reading::callLegsActive)
                        .sum();
                if (total <= threshold) {
                    return report(ActiveCallsReport.Decision.CLEAR, readings, polls, waited, startedAt);
                }
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    return report(
                            failWhenBusy ? ActiveCallsReport.Decision.FAILED : ActiveCallsReport.Decision.SKIPPED,
                            readings,
                            polls,
                            waited,
                            startedAt);
                }
                long sleep = Math.min(pollInterval.toNanos(), remaining);
                console.accept("Active calls: " + describe(readings) + " (total " + total + " > threshold " + threshold
                        + "); waiting up to " + ActiveCallsReport.minutes(Duration.ofNanos(remaining))
                        + " more, next check in " + ActiveCallsReport.minutes(Duration.ofNanos(sleep)));
                Thread.sleep(Math.max(1, sleep / 1_000_000));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return report(
                    ActiveCallsReport.Decision.ABORTED,
                    readings,
                    polls,
                    Duration.ofNanos(System.nanoTime() - start),
                    startedAt);
        }
    }

    private List<ActiveCallsReport.Reading> poll(Source source) throws InterruptedException {
        List<ActiveCallsReport.Reading> readings = new ArrayList<>();
        for (CallBridgeApi api : apis) {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            try {
                readings.add(new ActiveCallsReport.Reading(api.display(), source.callLegsActive(api), null, null));
            } catch (ApiFailure f) {
                readings.add(new ActiveCallsReport.Reading(
                        api.display(), null, f.getKind().name(), f.getMessage()));
            }
        }
        return readings;
    }

    private static String describe(List<ActiveCallsReport.Reading> readings) {
        List<String> parts = new ArrayList<>();
        for (ActiveCallsReport.Reading r : readings) {
            parts.add(r.toString());
        }
        return String.join(", ", parts);
    }

    private ActiveCallsReport report(
            ActiveCallsReport.Decision decision,
            List<ActiveCallsReport.Reading> readings,
            int polls,
            Duration waited,
            Instant startedAt) {
        return new ActiveCallsReport(decision, readings, threshold, polls, waited, startedAt, Instant.now());
    }
}
