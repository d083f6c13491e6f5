package io.jenkins.plugins.cmswebbridge.engine.sessionleak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Memory stays bounded whatever the input: a 300 MiB log with a 50 MiB line is scanned in a JVM whose heap
 * is limited to 32 MiB, which could not even hold that one line; and so are the forecasts' summaries of as many web
 * bridges as the scan keeps.
 */
class HugeLogTest {

    /** What {@code main} printed, run with {@code args} in a JVM with a heap of 32 MiB. */
    private static String runInSmallHeap(Class<?> main, String... args) throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        List<String> command =
                new ArrayList<>(List.of(java, "-Xmx32m", "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        boolean done = p.waitFor(120, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly();
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(done, "scan did not finish: " + out);
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    @Test
    void aHugeLogIsScannedInASmallHeap() throws Exception {
        String out = runInSmallHeap(HugeLogMain.class, "300", "50");
        assertTrue(out.contains("webBridges=50 callBridges=50"), out);
        // web bridges 10..59 = 1725, CMA 0..49 = 1225
        assertTrue(out.contains("leaked=500"), out);
        assertTrue(out.contains("malformed=1 "), "the huge line, cut, counted as malformed: " + out);
        assertTrue(
                out.contains("maxMemoryMiB=")
                        && Integer.parseInt(out.replaceAll("(?s).*maxMemoryMiB=(\\d+).*", "$1")) <= 40,
                out);
    }

    /**
     * A summary takes its whole size at a web bridge's first reading, so four days of hourly readings take the memory
     * of fourteen (measured: 13 MiB used after a GC either way, 11 MiB with one reading each), in a third of the time.
     */
    @Test
    void theForecastSummariesOfAsManyWebBridgesAsTheScanKeepsFitInASmallHeap() throws Exception {
        int hours = 4 * 24;
        String out =
                runInSmallHeap(FullHistoriesMain.class, String.valueOf(LeakScanner.MAX_HOSTS), String.valueOf(hours));
        assertTrue(
                out.contains("webBridges=" + LeakScanner.MAX_HOSTS + " reaches=" + LeakScanner.MAX_HOSTS + " "), out);
        assertTrue(out.contains(" lines=" + (long) LeakScanner.MAX_HOSTS * hours + " "), out);
    }
}
