package edu.hm.hafner.echarts;

import io.jenkins.plugins.cmswebbridge.standins.StandIn;
import java.util.List;

// stand-in: uhafner/echarts-build-trends edu.hm.hafner.echarts.LinesChartModel, which jenkinsci/echarts-api-plugin
// bundles in its jar (the constructor from labels and build numbers and addSeries(LineSeries...), which the restart
// trend calls; its @JsonPropertyOrder, whose type is not stood in, its other constructors, the getters Jackson reads,
// the setters, toString and the fields left out)
@SuppressWarnings("PMD.DataClass")
public class LinesChartModel {

    public LinesChartModel(final List<String> labels, final List<Integer> builds) {
        StandIn.fail();
    }

    public void addSeries(final LineSeries... lineSeries) {
        StandIn.fail();
    }
}
