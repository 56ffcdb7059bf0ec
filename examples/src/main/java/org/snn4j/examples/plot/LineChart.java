package org.snn4j.examples.plot;

import java.awt.BasicStroke;
import java.text.DecimalFormat;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Several {@link Line}s on one pair of axes (accuracy against T, conversion diagnostics), with
 * an optional log₂ x axis whose ticks are the powers of two.
 *
 * @param title  chart title
 * @param xLabel x axis label
 * @param yLabel y axis label
 * @param logX   log₂ x axis (every x must be > 0)
 * @param lines  at least one line
 */
public record LineChart(String title, String xLabel, String yLabel, boolean logX, List<Line> lines) {

    public LineChart {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("line chart '" + title + "': at least one line is required");
        }
        for (Line l : lines) {
            for (double x : l.x()) {
                if (logX && x <= 0) {
                    throw new IllegalArgumentException("line chart '" + title + "': line '" + l.name() + "' has x = "
                            + x + " on a log axis (x must be > 0)");
                }
            }
        }
        lines = List.copyOf(lines);
    }

    /** The JFreeChart chart. */
    public JFreeChart chart() {
        XYSeriesCollection data = new XYSeriesCollection();
        for (Line l : lines) {
            XYSeries s = new XYSeries(l.name(), false, true);
            double[] x = l.x();
            double[] y = l.y();
            for (int i = 0; i < x.length; i++) {
                s.add(x[i], y[i]);
            }
            data.addSeries(s);
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < lines.size(); i++) {
            renderer.setSeriesPaint(i, Palette.color(i));
            renderer.setSeriesShapesVisible(i, !lines.get(i).dashed());
            renderer.setSeriesStroke(i, lines.get(i).dashed()
                    ? new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f)
                    : new BasicStroke(2f));
        }
        NumberAxis y = new NumberAxis(yLabel);
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, logX ? log2Axis() : new NumberAxis(xLabel), y, renderer);
        Palette.style(plot);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        Palette.style(chart);
        return chart;
    }

    private LogAxis log2Axis() {
        LogAxis a = new LogAxis(xLabel);
        a.setBase(2);
        a.setTickUnit(new NumberTickUnit(1));
        a.setNumberFormatOverride(new DecimalFormat("0"));
        a.setSmallestValue(0.5);
        return a;
    }
}
