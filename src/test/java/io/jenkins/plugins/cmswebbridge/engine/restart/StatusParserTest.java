package io.jenkins.plugins.cmswebbridge.engine.restart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatusParserTest {

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
}
