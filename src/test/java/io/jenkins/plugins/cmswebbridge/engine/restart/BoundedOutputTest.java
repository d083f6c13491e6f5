package io.jenkins.plugins.cmswebbridge.engine.restart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BoundedOutputTest {

    @Test
    void boundedOutputKeepsTheStartAndTheEndAndCountsTheRest() {
        BoundedOutput out = new BoundedOutput(10);
        byte[] data = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        out.append(data, 0, 6);
        out.append(data, 6, 10);
        assertEquals("0123456789abcdef", out.text(), "nothing dropped yet: the start, then the tail");
        assertEquals(16, out.totalBytes());
        assertEquals(0, out.droppedBytes());
        byte[] flood = "x".repeat(3 * BoundedOutput.TAIL).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        out.append(flood, 0, flood.length);
        byte[] last = "\nSUCCESS: webbridge restarted\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        out.append(last, 0, last.length);
        String text = out.text();
        assertTrue(text.startsWith("0123456789\n[... "), text.substring(0, 40));
        assertTrue(text.endsWith("x\nSUCCESS: webbridge restarted\n"), text.substring(text.length() - 40));
        assertEquals(16 + flood.length + last.length, out.totalBytes());
        assertEquals(out.totalBytes() - 10 - BoundedOutput.TAIL, out.droppedBytes());
        assertEquals(Verdict.State.SUCCESS, OutputClassifier.classify(0, text).state());
    }

    @Test
    void theTailIsTheLastBytesWhateverTheSizesOfTheReads() {
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 200; round++) {
            BoundedOutput out = new BoundedOutput(1 + random.nextInt(100));
            StringBuilder all = new StringBuilder();
            int reads = 1 + random.nextInt(40);
            for (int r = 0; r < reads; r++) {
                int size = random.nextInt(random.nextBoolean() ? 50 : 3 * BoundedOutput.TAIL);
                StringBuilder chunk = new StringBuilder();
                for (int i = 0; i < size; i++) {
                    chunk.append((char) ('a' + random.nextInt(26)));
                }
                byte[] bytes = chunk.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                out.append(bytes, 0, bytes.length);
                all.append(chunk);
            }
            String text = out.text();
            String whole = all.toString();
            int kept = Math.min(whole.length(), BoundedOutput.TAIL);
            assertTrue(text.endsWith(whole.substring(whole.length() - kept)), "round " + round);
            assertEquals(whole.length(), out.totalBytes());
        }
    }

    @Test
    void aFailureSignInTheMiddleOfALargeAnswerIsSeenThoughItIsNotKept() {
        BoundedOutput out = new BoundedOutput(RestartSettings.DEFAULT_MAX_OUTPUT_BYTES);
        byte[] megabyte = "progress line padding the answer\n"
                .repeat(1024 * 1024 / 33)
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] failure = "FAILURE: webbridge did not stop\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] success = "SUCCESS: webbridge restarted\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        for (byte[] part : new byte[][] {megabyte, failure, megabyte, success}) {
            for (int i = 0; i < part.length; i += 16 * 1024) {
                out.append(part, i, Math.min(16 * 1024, part.length - i));
            }
        }
        assertFalse(out.text().contains("FAILURE"), "the failure line is not kept");
        CommandOutput result = out.commandOutput(0);
        assertEquals(Verdict.State.FAILURE, result.verdict().state());
        assertEquals(
                "MMP answered FAILURE: webbridge did not stop", result.verdict().reason());
    }
}
