package io.jenkins.plugins.cmswebbridge.engine.activecalls;

import io.jenkins.plugins.cmswebbridge.engine.problem.Text;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the active-calls condition found and decided. Immutable; sent from the node to the controller.
 *
 * @param decision the condition's decision
 * @param readings the last answer of each call bridge
 * @param threshold the most call legs that may be active for the restart to go ahead
 * @param polls how many times the call bridges were asked
 * @param waited how long the condition waited for the calls to end
 * @param startedAt when it started asking
 * @param finishedAt when it decided
 */
public record ActiveCallsReport(
        Decision decision,
        List<Reading> readings,
        int threshold,
        int polls,
        Duration waited,
        Instant startedAt,
        Instant finishedAt)
        implements Serializable {

    /** The condition's decision. */
    public enum Decision {
        /** Call legs at or under the threshold: restart. */
        CLEAR,
        /** Still busy after the wait, and set to skip: restart nothing, build result unchanged. */
        SKIPPED,
        /** Still busy after the wait, and set to fail: restart nothing, build failed or unstable. */
        FAILED,
        /** A call bridge could not be asked: restart nothing, build failed or unstable. */
        ERROR,
        /** The build was aborted while the condition asked or waited. */
        ABORTED
    }

    /** The last answer of one call bridge: call legs, or why there is none. */
    public record Reading(String api, Integer callLegsActive, String failureKind, String failure)
            implements Serializable {

        private static final long serialVersionUID = 1L;

        public boolean isOk() {
            return callLegsActive != null;
        }

        @Override
        public String toString() {
            return isOk() ? api + " " + callLegsActive : api + " " + failureKind;
        }
    }

    public ActiveCallsReport {
        readings = List.copyOf(readings);
    }

    /** Whether the calls allow the restart. */
    public boolean restartAllowed() {
        return decision == Decision.CLEAR;
    }

    /** Call legs over the call bridges that answered. */
    public long total() {
        return readings.stream()
                .filter(Reading::isOk)
                .mapToLong(Reading::callLegsActive)
                .sum();
    }

    /** e.g. {@code SKIPPED: 3 call legs active (threshold 0) after waiting 10 min}. */
    public String summary() {
        String waitedText = waited.isZero() ? "" : " after waiting " + minutes(waited);
        return switch (decision) {
            case CLEAR -> "CLEAR: " + legs() + waitedText + ", restart allowed";
            case SKIPPED -> "SKIPPED: " + legs() + waitedText + "; restart skipped";
            case FAILED -> "FAILED: " + legs() + waitedText + "; restart not done";
            case ERROR -> "ERROR: " + failures() + "; restart not done, the calls could not be checked";
            case ABORTED -> "ABORTED while checking active calls" + waitedText;
        };
    }

    /** The console lines: the summary and one line per call bridge. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("Active calls: " + summary());
        for (Reading r : readings) {
            lines.add("  "
                    + (r.isOk()
                            ? r.api() + ": " + Text.count(r.callLegsActive(), "call leg", "call legs") + " active"
                            : r.api() + ": " + r.failureKind() + ": " + r.failure()));
        }
        return lines;
    }

    private String legs() {
        return total() + (total() == 1 ? " call leg" : " call legs") + " active (threshold " + threshold + ")";
    }

    private String failures() {
        List<String> failed = new ArrayList<>();
        for (Reading r : readings) {
            if (!r.isOk()) {
                failed.add(r.api() + " " + r.failureKind());
            }
        }
        return String.join(", ", failed);
    }

    static String minutes(Duration d) {
        long s = d.toSeconds();
        return s < 120 ? s + " s" : (s / 60) + " min";
    }
}
