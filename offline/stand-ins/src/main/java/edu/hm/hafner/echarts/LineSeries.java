package edu.hm.hafner.echarts;

import io.jenkins.plugins.cmswebbridge.standins.StandIn;
import java.util.List;

// stand-in: uhafner/echarts-build-trends edu.hm.hafner.echarts.LineSeries, which jenkinsci/echarts-api-plugin
// bundles in its jar (the constructor, addAll and the two enums the restart trend uses; the getters Jackson reads,
// add, toString and the fields left out)
@SuppressWarnings("FieldCanBeLocal")
public class LineSeries {

    public LineSeries(
            final String name, final String color, final StackedMode stackedMode, final FilledMode filledMode) {
        StandIn.fail();
    }

    public void addAll(final List<Integer> values) {
        StandIn.fail();
    }

    public enum StackedMode {
        STACKED,
        SEPARATE_LINES
    }

    public enum FilledMode {
        FILLED,
        LINES
    }
}
