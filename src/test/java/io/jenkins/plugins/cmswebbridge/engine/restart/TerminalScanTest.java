package io.jenkins.plugins.cmswebbridge.engine.restart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TerminalScanTest {

    private static AnswerSigns fedByteByByte(String text) {
        AnswerReader reader = new AnswerReader();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            reader.feed(bytes, i, 1);
        }
        return reader.signs();
    }

    @Test
    void theSignsDoNotDependOnHowTheAnswerIsCut() {
        String answer = "\u001b[1;32mRestarting\u001b[0m caf\u00e9 \u20ac \ud83d\ude00\r\n"
                + "\u001b]0;title\u001b\\SUCCESS: webbridge restarted\n"
                + "\u001b[1mEnabled\u001b[0m : true\nPermission denied\n";
        AnswerSigns whole = AnswerSigns.of(answer);
        assertEquals(whole, fedByteByByte(answer));
        assertEquals("SUCCESS: webbridge restarted", whole.successLine());
        assertEquals(Optional.of(true), whole.enabled());
        assertTrue(whole.permissionDenied());
        assertEquals(
                "Restarting caf\u00e9 \u20ac \ud83d\ude00 | SUCCESS: webbridge restarted | Enabled : true | Permission denied",
                whole.excerpt());
    }

    @Test
    void badUtf8BecomesAReplacementCharacterAndTheRestIsRead() {
        byte[] bytes = {'a', (byte) 0xC3, 'b', (byte) 0x80, '\n', 'F', 'A', 'I', 'L', 'U', 'R', 'E', ':', ' ', 'x', '\n'
        };
        AnswerReader reader = new AnswerReader();
        reader.feed(bytes, 0, bytes.length);
        AnswerSigns signs = reader.signs();
        assertEquals("a\ufffdb\ufffd | FAILURE: x", signs.excerpt());
        assertEquals("FAILURE: x", signs.failureLine());
    }

    @Test
    void aFailurePhraseAcrossTheEndOfAWindowIsFound() {
        for (int shift = 1; shift < 20; shift++) {
            String answer = "x".repeat(AnswerReader.WINDOW - shift) + " password has expired\n";
            assertTrue(AnswerSigns.of(answer).passwordChange(), "shift " + shift);
        }
        assertFalse(AnswerSigns.of("x".repeat(3 * AnswerReader.WINDOW) + " password is fine\n")
                .passwordChange());
    }

    @Test
    void aFailureSignAfterAVeryLongLineIsFoundAndTheLongLineIsCut() {
        AnswerSigns signs = AnswerSigns.of("y".repeat(100_000) + "\rFAILURE: after a long line\n");
        assertEquals("FAILURE: after a long line", signs.failureLine());
        assertTrue(signs.excerpt().length() <= OutputClassifier.EXCERPT_CHARS + 3, signs.excerpt());
    }

    @Test
    void aSequenceLeftOpenEndsAtItsLengthLimit() {
        // an OSC without its terminator swallows at most MAX_SEQUENCE characters, then text is text again
        AnswerSigns signs = AnswerSigns.of("\u001b]" + "t".repeat(TerminalScan.MAX_SEQUENCE + 10) + "\rSUCCESS: ok\n");
        assertEquals("SUCCESS: ok", signs.successLine());
    }

    @Test
    void eraseInLineAndBackspaceActAsOnATerminal() {
        assertEquals(
                "SUCCESS: done",
                AnswerSigns.of("FAILED?\b\b\b\b\b\b\bSUCCESS: done\n").successLine());
        assertEquals("abc", AnswerSigns.of("abcdef\b\b\b\u001b[K\n").excerpt());
        assertEquals("ef", AnswerSigns.of("abcdef\b\b\b\u001b[1K\n").excerpt()); // up to the cursor, included
        assertTrue(AnswerSigns.of("abc\u001b[2K\n").isBlank());
    }

    @Test
    void theStatusLineIsReadThroughColourCodesAndTheFirstOneDecides() {
        assertEquals(
                Optional.of(false),
                AnswerSigns.of("\u001b[1mEnabled\u001b[0m  : \u001b[31mfalse\u001b[0m\n")
                        .enabled());
        assertEquals(
                Optional.empty(),
                AnswerSigns.of("Enabled : maybe\nEnabled : true\n").enabled());
        assertNull(AnswerSigns.of("Interface : a:443\n").enabledLine());
    }
}
