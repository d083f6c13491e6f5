package io.jenkins.plugins.echarts;

import io.jenkins.plugins.cmswebbridge.standins.StandIn;

// stand-in: jenkinsci/echarts-api-plugin io.jenkins.plugins.echarts.JenkinsPalette (its constants and normal(), which
// the restart trend calls; its constructors' infixes, chartColor, light, dark and its private members left out)
public enum JenkinsPalette {
    BLACK,
    BLUE,
    BROWN,
    CYAN,
    GREY,
    GREEN,
    INDIGO,
    ORANGE,
    PINK,
    PURPLE,
    RED,
    WHITE,
    YELLOW;

    public String normal() {
        return StandIn.unsupported();
    }
}
