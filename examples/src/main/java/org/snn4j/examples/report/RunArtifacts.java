package org.snn4j.examples.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.snn4j.examples.monitor.LayerRecording;
import org.snn4j.examples.monitor.MonitorRecording;
import org.snn4j.examples.plot.ChartFile;
import org.snn4j.examples.plot.ConfusionChart;
import org.snn4j.examples.plot.CurvesChart;
import org.snn4j.examples.plot.MembraneChart;
import org.snn4j.examples.plot.PlotOptions;
import org.snn4j.examples.plot.RasterChart;
import org.snn4j.examples.plot.RateHistogramChart;

/**
 * A report with its plots: {@code NAME.json}, {@code NAME.md} and beside them {@code NAME-curves.png}
 * (when there are epochs), {@code NAME-confusion.png} (when the report has a confusion matrix) and,
 * from a monitor recording, {@code NAME-raster.png}, {@code NAME-membrane.png}, {@code NAME-rates.png}.
 * The report's {@code plots} field links them by file name.
 */
public final class RunArtifacts {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RunArtifacts() {
    }

    /**
     * Renders the plots, adds {@code plots} to {@code report}, writes the JSON and Markdown.
     *
     * @param recording a monitor recording to plot, or null
     * @return every file written, report first
     */
    public static List<Path> write(Path reportFile, Map<String, Object> report, MonitorRecording recording)
            throws IOException {
        String name = reportFile.getFileName().toString();
        String stem = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        JsonNode r = JSON.valueToTree(report);
        Map<String, JFreeChart> charts = new LinkedHashMap<>();
        if (r.path("epochs").isArray() && !r.path("epochs").isEmpty()) {
            charts.put("curves", CurvesChart.of(r, name));
        }
        if (r.path("confusion").isArray() && !r.path("confusion").isEmpty()) {
            charts.put("confusion", ConfusionChart.of(r, name));
        }
        if (recording != null) {
            if (recording.layers().stream().anyMatch(l -> l.spikes() != null)) {
                charts.put("raster", RasterChart.of(recording, 0));
            }
            if (recording.layers().stream().anyMatch(l -> l.membrane() != null)) {
                charts.put("membrane", MembraneChart.of(recording, 0));
            }
            if (recording.layers().stream().map(LayerRecording::rates).anyMatch(x -> x != null)) {
                charts.put("rates", RateHistogramChart.of(recording));
            }
        }
        List<Path> written = new ArrayList<>();
        Map<String, String> links = new LinkedHashMap<>();
        PlotOptions o = PlotOptions.defaults();
        for (Map.Entry<String, JFreeChart> c : charts.entrySet()) {
            Path file = reportFile.resolveSibling(stem + "-" + c.getKey() + ".png");
            ChartFile.write(c.getValue(), file, o.width(), o.height());
            links.put(c.getKey(), file.getFileName().toString());
            written.add(file);
        }
        report.put("plots", links);
        Path md = RunReport.writeWithMarkdown(reportFile, report);
        written.add(0, md);
        written.add(0, reportFile);
        return written;
    }
}
