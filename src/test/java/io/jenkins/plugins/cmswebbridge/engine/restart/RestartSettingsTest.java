package io.jenkins.plugins.cmswebbridge.engine.restart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class RestartSettingsTest {

    private static String error(UnaryOperator<RestartSettings.Builder> change) {
        return assertThrows(
                        IllegalArgumentException.class,
                        () -> change.apply(RestartSettings.builder()).build())
                .getMessage();
    }

    @Test
    void defaultsAreARollingRestartOfWebBridgeTwo() {
        RestartSettings s = RestartSettings.builder().build();
        assertEquals(WebBridgeService.WEBBRIDGE, s.getService());
        assertEquals(1, s.getParallelism());
        assertEquals(64 * 1024, s.getMaxOutputBytes());
        assertEquals("webbridge restart", s.getService().restartCommand());
        assertEquals("webbridge3", WebBridgeService.WEBBRIDGE3.statusCommand());
    }

    @Test
    void everyBadValueNamesItsField() {
        assertTrue(error(b -> b.connectTimeout(Duration.ZERO)).startsWith("connectTimeout: must be positive"));
        assertTrue(error(b -> b.kexTimeout(null)).startsWith("kexTimeout: must be set"));
        assertTrue(
                error(b -> b.commandTimeout(Duration.ofHours(2))).startsWith("commandTimeout: must be at most 1 hour"));
        assertTrue(error(b -> b.authTimeout(Duration.ofMillis(-5))).startsWith("authTimeout:"));
        assertTrue(error(b -> b.retries(11)).startsWith("retries: must be between 0 and 10, was 11"));
        assertTrue(error(b -> b.retryBackoff(Duration.ofSeconds(-1))).startsWith("retryBackoff:"));
        assertTrue(error(b -> b.parallelism(0)).startsWith("parallelism: must be between 1 and 64, was 0"));
        assertTrue(error(b -> b.maxOutputBytes(10)).startsWith("maxOutputBytes:"));
        assertTrue(error(b -> b.service(null)).startsWith("service:"));
    }

    @Test
    void serviceIsParsedFromItsCommandWord() {
        assertEquals(WebBridgeService.WEBBRIDGE3, WebBridgeService.fromCommand(" WebBridge3 "));
        assertEquals(WebBridgeService.WEBBRIDGE, WebBridgeService.fromCommand("webbridge"));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> WebBridgeService.fromCommand("callbridge"));
        assertEquals("'callbridge' is not a web bridge service; use 'webbridge' or 'webbridge3'", e.getMessage());
    }
}
