package io.jenkins.plugins.cmswebbridge.engine.sessionleak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Memory stays bounded whatever the input: a 300 MiB log with a 50 MiB line is scanned in a JVM whose heap
 * is limited to 32 MiB, which could not even hold that one line.
 */
class HugeLogTest {

    @Test
    void aHugeLogIsScannedInASmallHeap() throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        Process p = new ProcessBuilder(List.of(
                        java,
                        "-Xmx32m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        HugeLogMain.class.getName(),
                        "300",
                        "50"))
                .redirectErrorStream(true)
                .start();
        boolean done = p.waitFor(120, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly();
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(done, "scan did not finish: " + out);
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("webBridges=50 callBridges=50"), out);
        // web bridges 10..59 = 1725, CMA 0..49 = 1225
        assertTrue(out.contains("leaked=500"), out);
        assertTrue(out.contains("malformed=1 "), "the huge line, cut, counted as malformed: " + out);
        assertTrue(
                out.contains("maxMemoryMiB=")
                        && Integer.parseInt(out.replaceAll("(?s).*maxMemoryMiB=(\\d+).*", "$1")) <= 40,
                out);
    }
}
