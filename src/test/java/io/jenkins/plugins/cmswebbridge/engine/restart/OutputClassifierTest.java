package io.jenkins.plugins.cmswebbridge.engine.restart;

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
        Verdict v = OutputClassifier.classify(null, prompt);
        assertTrue(v.failed());
        assertTrue(v.reason().startsWith("MMP password expired"), v.reason());
        assertTrue(OutputClassifier.classify(0, "SUCCESS: webbridge restarted").confirmed());
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

    @Test
    void aFailureBehindTerminalEscapeCodesFailsWithStatusZero() {
        for (String answer : new String[] {
            "\u001b[31mFAILURE: restart failed\u001b[0m\n\u001b[2K\rSUCCESS: webbridge restarted\n",
            "\u001b[1;31mFAILURE:\u001b[0m webbridge did not start\n",
            "SUCCESS: webbridge restarted\n\u001b[0mFAILURE: webbridge did not come up\n",
            "\u009b31mFAILURE: restart failed\n", // the one-character CSI
            "\u001b]0;MMP\u0007\u202eFAILURE: restart failed\n", // a window title, then a bidirectional override
            "\u001b]0;a title never ended\nFAILURE: restart failed\n", // a line feed ends an open sequence
        }) {
            Verdict v = OutputClassifier.classify(0, answer);
            assertEquals(Verdict.State.FAILURE, v.state(), answer);
            assertTrue(v.reason().startsWith("MMP answered FAILURE:"), v.reason());
            assertFalse(v.reason().contains("[0m") || v.reason().contains("?"), v.reason());
        }
    }

    @Test
    void aFailureOverwrittenByACarriageReturnStillFails() {
        Verdict v = OutputClassifier.classify(0, "FAILURE: webbridge did not stop\rSUCCESS: webbridge restarted    \n");
        assertTrue(v.failed(), v.toString());
        assertEquals("MMP answered FAILURE: webbridge did not stop", v.reason());
    }

    @Test
    void aSuccessIsReadAsTheTerminalShowsIt() {
        Verdict colour = OutputClassifier.classify(0, "\u001b[32mSUCCESS:\u001b[0m webbridge restarted\r\n");
        assertTrue(colour.confirmed(), colour.toString());
        assertEquals("SUCCESS: webbridge restarted", colour.reason());
        Verdict progress = OutputClassifier.classify(
                0, "Restarting  10%\rRestarting  60%\rRestarting 100%\r\nSUCCESS: webbridge restarted\r\n");
        assertTrue(progress.confirmed(), progress.toString());
        // a SUCCESS line the answer then erased and overwrote is not what the terminal shows: no confirmation
        Verdict erased = OutputClassifier.classify(0, "SUCCESS: webbridge restarted\r\u001b[2KStill restarting\n");
        assertEquals(Verdict.State.UNCONFIRMED, erased.state(), erased.toString());
        assertEquals("exit status 0, output: Still restarting", erased.reason());
    }

    @Test
    void aFailurePhraseSplitByEscapeCodesIsStillSeen() {
        Verdict v = OutputClassifier.classify(0, "\u001b[1mPermission\u001b[0m denied\n");
        assertTrue(v.failed(), v.toString());
        assertTrue(v.reason().endsWith(": Permission denied"), v.reason());
        assertTrue(OutputClassifier.classify(0, "\u001b[33mUnknown\u001b[0m command\n")
                .failed());
    }

    @Test
    void anAnswerOfEscapeCodesOnlyPrintedNothing() {
        assertEquals(
                "command exited with status 2 and printed nothing",
                OutputClassifier.classify(2, "\u001b[0m\u001b[2K\r\n").reason());
    }
}
