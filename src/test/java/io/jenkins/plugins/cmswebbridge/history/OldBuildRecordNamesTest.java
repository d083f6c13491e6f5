package io.jenkins.plugins.cmswebbridge.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.init.InitMilestone;
import hudson.init.Initializer;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;

/**
 * Build records written before the report action and its rows moved into this package name them
 * {@code io.jenkins.plugins.cmswebbridge.RestartReportAction} and {@code io.jenkins.plugins.cmswebbridge.HostRow}:
 * the action's start-up method registers exactly those names, before any plugin starts (what Jenkins does with it is
 * tested by {@code RestartHistoryJenkinsTest.aBuildRecordWrittenBeforeTheMoveIsReadWithItsRows}).
 */
class OldBuildRecordNamesTest {

    @Test
    void theOldNamesAreRegisteredBeforeAnyPluginStarts() throws Exception {
        Method register = RestartReportAction.class.getMethod("readOldBuildRecords");
        assertTrue(Modifier.isStatic(register.getModifiers()), "Jenkins calls static initializers");
        Initializer when = register.getAnnotation(Initializer.class);
        assertNotNull(when, "an @Initializer");
        assertEquals(InitMilestone.PLUGINS_STARTED, when.before());
        assertEquals("io.jenkins.plugins.cmswebbridge.", RestartReportAction.OLD_PACKAGE);
        assertEquals("io.jenkins.plugins.cmswebbridge.history.", RestartReportAction.class.getPackageName() + ".");
        assertEquals(HostRow.class.getPackage(), RestartReportAction.class.getPackage());
    }
}
