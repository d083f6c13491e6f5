package io.jenkins.plugins.cmswebbridge;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.jvnet.hudson.test.JenkinsRule;

/**
 * The start shared by the JenkinsRule tests that restart simulated MMPs (real build only): the test's Jenkins, with
 * the MMPs' password credentials added before each test, and the simulators, closed after it. Subclasses carry
 * {@code @WithJenkins}; JUnit runs this class's {@code @BeforeEach} before theirs.
 */
abstract class MmpsJenkinsTestSupport {

    protected JenkinsRule r;

    @AutoClose
    protected final JenkinsTestSupport mmps = new JenkinsTestSupport();

    @BeforeEach
    void startWithMmpCredentials(JenkinsRule rule) throws Exception {
        r = rule;
        JenkinsTestSupport.addPasswordCredentials();
    }
}
