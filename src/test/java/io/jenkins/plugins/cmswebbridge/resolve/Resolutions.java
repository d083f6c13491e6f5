package io.jenkins.plugins.cmswebbridge.resolve;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.cmswebbridge.resolve.RestartResolver.Problem;
import io.jenkins.plugins.cmswebbridge.resolve.RestartResolver.Resolution;
import io.jenkins.plugins.cmswebbridge.resolve.RestartResolver.Resolved;
import java.util.List;

/** What the resolver tests read from a resolution: the plan when all is well, the problems when not. */
final class Resolutions {

    private Resolutions() {}

    /** The plan; fails the test, naming the problems, when there are any. */
    static Resolved resolved(Resolution r) {
        assertTrue(r.ok(), r.problems().toString());
        return r.resolved();
    }

    /** The problems; fails the test when there is a plan anyway. */
    static List<Problem> problems(Resolution r) {
        assertNull(r.resolved(), "no plan when something is wrong");
        return r.problems();
    }
}
