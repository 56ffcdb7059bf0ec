package org.snn4j.examples.plot;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;

/**
 * Accuracy of a converted SNN against the number of time steps T, from a {@code convert} report
 * (one line from {@code accuracyByT}) or a {@code compare} report (one line per entry of
 * {@code methods}), with the ANN's accuracy and, when present, LC-TTFS as dashed levels.
 */
public final class AccuracyVsTChart {
    private AccuracyVsTChart() {
    }

    /** The chart of a convert or compare report. */
    public static JFreeChart of(JsonNode report, String source) {
        return lines(report, source).chart();
    }

    /** The same as a {@link LineChart}. */
    public static LineChart lines(JsonNode report, String source) {
        List<Line> lines = new ArrayList<>();
        if (report.path("methods").isArray()) {
            for (JsonNode m : report.path("methods")) {
                if (m.has("accuracyByT")) {
                    lines.add(line(m.path("method").asText(), m.path("accuracyByT")));
                }
            }
        } else if (report.has("accuracyByT")) {
            lines.add(line(report.path("conversion").asText("converted SNN"), report.path("accuracyByT")));
        }
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(source + ": no 'accuracyByT' field; accuracy-vs-t needs a convert or"
                    + " compare report");
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Line l : lines) {
            for (double x : l.x()) {
                lo = Math.min(lo, x);
                hi = Math.max(hi, x);
            }
        }
        if (report.path("annAccuracy").isNumber()) {
            double ann = report.path("annAccuracy").asDouble();
            lines.add(Line.level(String.format(Locale.ROOT, "ANN %.2f%%", 100 * ann), ann, lo, hi));
        }
        JsonNode ttfs = report.path("lcTtfs").path("testAccuracy");
        if (ttfs.isNumber()) {
            lines.add(Line.level(String.format(Locale.ROOT, "LC-TTFS %.2f%% (1 spike/neuron)", 100 * ttfs.asDouble()),
                    ttfs.asDouble(), lo, hi));
        }
        String dataset = report.path("dataset").asText("");
        return new LineChart("Accuracy vs T" + (dataset.isEmpty() ? "" : " on " + dataset), "T (time steps)",
                "test accuracy", true, lines);
    }

    private static Line line(String name, JsonNode byT) {
        List<double[]> points = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = byT.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            points.add(new double[] {Double.parseDouble(e.getKey()), e.getValue().asDouble()});
        }
        points.sort((a, b) -> Double.compare(a[0], b[0]));
        return new Line(name, points.stream().mapToDouble(p -> p[0]).toArray(),
                points.stream().mapToDouble(p -> p[1]).toArray());
    }
}
