package org.snn4j.examples.plot;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * The confusion matrix from a report's {@code confusion} field ({@code confusion[true][predicted]}
 * counts): cell colour is the count as a fraction of its row (recall), the number printed in it
 * is the count.
 */
public final class ConfusionChart {
    private ConfusionChart() {
    }

    /** The confusion matrix of {@code report} (a train, eval or demo report). */
    public static JFreeChart of(JsonNode report, String source) {
        JsonNode m = report.path("confusion");
        if (!m.isArray() || m.isEmpty()) {
            throw new IllegalArgumentException(source + ": field 'confusion' is missing; it is written by train, eval"
                    + " and demo reports");
        }
        int k = m.size();
        double[][] xyz = new double[3][k * k];
        XYPlot plot = new XYPlot();
        for (int t = 0; t < k; t++) {
            double rowSum = 0;
            for (JsonNode c : m.get(t)) {
                rowSum += c.asDouble();
            }
            for (int p = 0; p < k; p++) {
                int i = t * k + p;
                double count = m.get(t).path(p).asDouble();
                xyz[0][i] = p;
                xyz[1][i] = t;
                xyz[2][i] = rowSum == 0 ? 0 : count / rowSum;
                XYTextAnnotation label = new XYTextAnnotation(Long.toString(Math.round(count)), p, t);
                label.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, k > 12 ? 8 : 12));
                label.setPaint(xyz[2][i] > 0.6 ? Color.WHITE : Color.BLACK);
                plot.addAnnotation(label);
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("fraction of row", xyz);
        XYBlockRenderer cells = new XYBlockRenderer();
        ColorScale scale = ColorScale.blues();
        cells.setPaintScale(scale);
        NumberAxis predicted = new NumberAxis("predicted class");
        NumberAxis truth = new NumberAxis("true class");
        for (NumberAxis a : new NumberAxis[] {predicted, truth}) {
            a.setRange(-0.5, k - 0.5);
            a.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        truth.setInverted(true);
        plot.setDataset(data);
        plot.setDomainAxis(predicted);
        plot.setRangeAxis(truth);
        plot.setRenderer(cells);
        Palette.style(plot);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        JFreeChart chart = new JFreeChart("Confusion matrix: " + report.path("preset").asText("run"),
                JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        PaintScaleLegend legend = new PaintScaleLegend(scale, new NumberAxis("fraction of true class"));
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(4, 4, 40, 4);
        chart.addSubtitle(legend);
        Palette.style(chart);
        return chart;
    }
}
