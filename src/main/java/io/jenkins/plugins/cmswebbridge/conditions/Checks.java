package io.jenkins.plugins.cmswebbridge.conditions;

import java.util.List;

/** Small helpers the conditions share to collect their problems. */
final class Checks {

    private Checks() {}

    /** Adds a problem, if there is one. */
    static void add(List<String> problems, String problem) {
        if (problem != null) {
            problems.add(problem);
        }
    }

    /** A number as a form would send it: {@code null} when not set. */
    static String text(Integer value) {
        return value == null ? null : value.toString();
    }
}
