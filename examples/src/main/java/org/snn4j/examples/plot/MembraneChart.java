package org.snn4j.examples.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.examples.monitor.LayerRecording;
import org.snn4j.examples.monitor.MonitorRecording;

/**
 * Membrane traces of one recorded sample: per layer the pre-reset membrane {@code H[t]} of the
 * traced neurons, with the threshold θ as a dashed line; a neuron spikes at the steps where its
 * trace reaches the line.
 */
public final class MembraneChart {
    private MembraneChart() {
    }

    /** The traces of sample {@code sample} of {@code r} (layers recorded with membrane only). */
    public static JFreeChart of(MonitorRecording r, int sample) {
        Samples.check(r, sample);
        NumberAxis time = new NumberAxis("time step t");
        time.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(time);
        int panels = 0;
        for (LayerRecording l : r.layers()) {
            if (l.membrane() == null) {
                continue;
            }
            INDArray m = l.membrane().slice(sample);
            XYSeriesCollection data = new XYSeriesCollection();
            XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, true);
            for (int k = 0; k < m.size(1); k++) {
                XYSeries s = new XYSeries("layer " + l.layer() + " neuron " + l.traced().get(k), false, true);
                for (int t = 0; t < m.size(0); t++) {
                    s.add(t, m.getDouble(t, k));
                }
                data.addSeries(s);
                lines.setSeriesPaint(k, Palette.color(k));
                lines.setSeriesStroke(k, new BasicStroke(1.5f));
            }
            NumberAxis v = new NumberAxis("layer " + l.layer() + " membrane H[t]");
            v.setAutoRangeIncludesZero(true);
            XYPlot p = new XYPlot(data, null, v, lines);
            Palette.style(p);
            if (Double.isFinite(l.threshold())) {
                ValueMarker theta = new ValueMarker(l.threshold(), Color.BLACK, new BasicStroke(1.5f,
                        BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
                theta.setLabel(String.format(Locale.ROOT, "threshold θ = %.3g", l.threshold()));
                theta.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
                theta.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
                p.addRangeMarker(theta);
                v.setUpperMargin(0.15);
                double hi = Math.max(l.threshold() * 1.1, m.maxNumber().doubleValue());
                double lo = Math.min(0, m.minNumber().doubleValue());
                v.setRange(lo - 0.05 * (hi - lo), hi + 0.1 * (hi - lo));
            }
            plot.add(p, 1);
            panels++;
        }
        if (panels == 0) {
            throw new IllegalArgumentException("the monitor file has no membrane traces; record with --monitor membrane");
        }
        JFreeChart chart = new JFreeChart(Samples.title("Membrane traces", r, sample), JFreeChart.DEFAULT_TITLE_FONT,
                plot, true);
        Palette.style(chart);
        return chart;
    }
}
