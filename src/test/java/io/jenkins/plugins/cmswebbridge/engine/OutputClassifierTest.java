package io.jenkins.plugins.cmswebbridge.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OutputClassifierTest {

    @Test
    void successLineIsOk() {
        Verdict v = OutputClassifier.classify(0, "SUCCESS: webbridge restarted\n");
        assertTrue(v.confirmed());
        assertEquals("SUCCESS: webbridge restarted", v.reason());
    }

    @Test
    void failureLineFailsWhateverTheExitStatus() {
        for (Integer status : new Integer[] {0, null, 1}) {
            Verdict v = OutputClassifier.classify(status, "Restarting...\nFAILURE: webbridge not configured\n");
            assertTrue(v.failed());
            assertTrue(v.reason().contains("FAILURE: webbridge not configured"), v.reason());
        }
    }

    @Test
    void textErrorsFailEvenWithStatusZero() {
        assertTrue(OutputClassifier.classify(0, "Permission denied\n").failed());
        Verdict unknown = OutputClassifier.classify(0, "Unknown command\n");
        assertTrue(unknown.failed());
        assertTrue(unknown.reason().contains("webbridge or webbridge3"), unknown.reason());
    }

    @Test
    void passwordChangePromptFails() {
        String prompt =
                "Your password has expired.\nYou are required to change your password immediately.\nNew password: ";
        assertTrue(OutputClassifier.isPasswordChangePrompt(prompt));
        Verdict v = OutputClassifier.classify(null, prompt);
        assertTrue(v.failed());
        assertTrue(v.reason().startsWith("MMP password expired"), v.reason());
        assertFalse(OutputClassifier.isPasswordChangePrompt("SUCCESS: webbridge restarted"));
    }

    @Test
    void nonZeroStatusFailsAndEmptyAnswerSaysSo() {
        Verdict v = OutputClassifier.classify(3, "");
        assertTrue(v.failed());
        assertEquals("command exited with status 3 and printed nothing", v.reason());
        assertTrue(OutputClassifier.classify(1, "something odd").failed());
    }

    @Test
    void anAnswerWithNeitherSuccessNorAFailureSignConfirmsNothing() {
        Verdict empty = OutputClassifier.classify(0, "");
        assertEquals(Verdict.State.UNCONFIRMED, empty.state());
        assertEquals("no output, exit status 0", empty.reason());
        Verdict silent = OutputClassifier.classify(null, "");
        assertEquals(Verdict.State.UNCONFIRMED, silent.state());
        assertEquals("no output, no exit status", silent.reason());
        Verdict error = OutputClassifier.classify(0, "webbridge: ERROR could not start\n");
        assertEquals(Verdict.State.UNCONFIRMED, error.state());
        assertEquals("exit status 0, output: webbridge: ERROR could not start", error.reason());
        assertFalse(error.failed() || error.confirmed());
    }

    @Test
    void excerptIsBoundedAndOnOneLine() {
        String many = "line\n".repeat(50);
        String excerpt = OutputClassifier.excerpt(many);
        assertEquals("line | line | line | line | line | ...", excerpt);
        String wide = "x".repeat(5000);
        assertTrue(OutputClassifier.excerpt(wide).length() <= OutputClassifier.EXCERPT_CHARS + 3);
        assertFalse(OutputClassifier.classify(0, "FAILURE: " + "y".repeat(5000))
                        .reason()
                        .length()
                > 450);
    }
}
