package io.jenkins.plugins.echarts;

import org.kohsuke.stapler.bind.JavaScriptMethod;

// stand-in: jenkinsci/echarts-api-plugin io.jenkins.plugins.echarts.AsyncTrendChart (all of it)
public interface AsyncTrendChart {
    @JavaScriptMethod
    @SuppressWarnings("unused")
    String getBuildTrendModel();

    @SuppressWarnings("unused")
    boolean isTrendVisible();
}
