package org.snn4j.examples.plot;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.BasicStroke;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Training curves from a train report's {@code epochs}: the mean training loss per epoch on the
 * left axis, training and test accuracy on the right axis (0..1).
 */
public final class CurvesChart {
    private CurvesChart() {
    }

    /** The curves of {@code report} (a {@code train} or {@code demo} report). */
    public static JFreeChart of(JsonNode report, String source) {
        JsonNode epochs = report.path("epochs");
        if (!epochs.isArray() || epochs.isEmpty()) {
            throw new IllegalArgumentException(source + ": field 'epochs' is missing or empty; curves need a train report");
        }
        XYSeries loss = new XYSeries("training loss");
        XYSeries train = new XYSeries("training accuracy");
        XYSeries test = new XYSeries("test accuracy");
        for (JsonNode e : epochs) {
            int epoch = e.path("epoch").asInt();
            add(loss, epoch, e.path("trainLoss"));
            add(train, epoch, e.path("trainAccuracy"));
            add(test, epoch, e.path("testAccuracy"));
        }
        NumberAxis x = new NumberAxis("epoch");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setAutoRangeIncludesZero(false);
        NumberAxis lossAxis = new NumberAxis("loss");
        lossAxis.setAutoRangeIncludesZero(true);
        XYLineAndShapeRenderer lossLine = new XYLineAndShapeRenderer(true, true);
        lossLine.setSeriesPaint(0, Palette.color(3));
        lossLine.setSeriesStroke(0, new BasicStroke(2f));
        XYPlot plot = new XYPlot(new XYSeriesCollection(loss), x, lossAxis, lossLine);
        NumberAxis accAxis = new NumberAxis("accuracy");
        accAxis.setRange(0, 1.0);
        XYSeriesCollection acc = new XYSeriesCollection();
        acc.addSeries(train);
        acc.addSeries(test);
        XYLineAndShapeRenderer accLines = new XYLineAndShapeRenderer(true, true);
        accLines.setSeriesPaint(0, Palette.color(0));
        accLines.setSeriesPaint(1, Palette.color(2));
        accLines.setSeriesStroke(0, new BasicStroke(2f));
        accLines.setSeriesStroke(1, new BasicStroke(2f));
        plot.setRangeAxis(1, accAxis);
        plot.setDataset(1, acc);
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setRenderer(1, accLines);
        Palette.style(plot);
        String name = report.path("preset").asText("run");
        JFreeChart chart = new JFreeChart("Training curves: " + name, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        Palette.style(chart);
        return chart;
    }

    private static void add(XYSeries s, int epoch, JsonNode v) {
        if (v.isNumber() && Double.isFinite(v.asDouble())) {
            s.add(epoch, v.asDouble());
        }
    }
}
