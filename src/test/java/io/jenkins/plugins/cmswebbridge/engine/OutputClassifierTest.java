package io.jenkins.plugins.cmswebbridge.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutputClassifierTest {

    @Test
    void successLineIsOk() {
        Verdict v = OutputClassifier.classify(0, "SUCCESS: webbridge restarted\n");
        assertTrue(v.ok());
        assertEquals("SUCCESS: webbridge restarted", v.reason());
    }

    @Test
    void failureLineFailsWhateverTheExitStatus() {
        for (Integer status : new Integer[] {0, null, 1}) {
            Verdict v = OutputClassifier.classify(status, "Restarting...\nFAILURE: webbridge not configured\n");
            assertFalse(v.ok());
            assertTrue(v.reason().contains("FAILURE: webbridge not configured"), v.reason());
        }
    }

    @Test
    void textErrorsFailEvenWithStatusZero() {
        assertFalse(OutputClassifier.classify(0, "Permission denied\n").ok());
        Verdict unknown = OutputClassifier.classify(0, "Unknown command\n");
        assertFalse(unknown.ok());
        assertTrue(unknown.reason().contains("webbridge or webbridge3"), unknown.reason());
    }

    @Test
    void passwordChangePromptFails() {
        String prompt =
                "Your password has expired.\nYou are required to change your password immediately.\nNew password: ";
        assertTrue(OutputClassifier.isPasswordChangePrompt(prompt));
        Verdict v = OutputClassifier.classify(null, prompt);
        assertFalse(v.ok());
        assertTrue(v.reason().startsWith("MMP password expired"), v.reason());
        assertFalse(OutputClassifier.isPasswordChangePrompt("SUCCESS: webbridge restarted"));
    }

    @Test
    void nonZeroStatusFailsAndEmptyAnswerSaysSo() {
        Verdict v = OutputClassifier.classify(3, "");
        assertFalse(v.ok());
        assertEquals("command exited with status 3 and printed nothing", v.reason());
        assertFalse(OutputClassifier.classify(1, "something odd").ok());
    }

    @Test
    void emptyAnswerWithoutFailureSignIsOk() {
        assertTrue(OutputClassifier.classify(0, "").ok());
        assertTrue(OutputClassifier.classify(null, "").ok());
        assertTrue(OutputClassifier.classify(null, "").reason().contains("no exit status"));
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
    void statusParserIsTolerant() {
        assertEquals(Optional.of(true), StatusParser.enabled("Enabled              : true\nKey file : a.key"));
        assertEquals(Optional.of(false), StatusParser.enabled("  enabled: false"));
        assertEquals(Optional.of(true), StatusParser.enabled("Web bridge enabled : yes"));
        assertEquals(Optional.of(false), StatusParser.enabled("Interface : a\nENABLED = Disabled"));
        assertEquals(Optional.empty(), StatusParser.enabled("Interface whitelist : a:443"));
        assertEquals(Optional.empty(), StatusParser.enabled("Enabled : maybe"));
        assertEquals(Optional.empty(), StatusParser.enabled(null));
    }

    @Test
    void boundedOutputKeepsTheStartAndCountsTheRest() {
        BoundedOutput out = new BoundedOutput(10);
        byte[] data = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        out.append(data, 0, 6);
        out.append(data, 6, 10);
        assertEquals("0123456789", out.text());
        assertEquals(16, out.totalBytes());
        assertEquals(6, out.droppedBytes());
    }
}
