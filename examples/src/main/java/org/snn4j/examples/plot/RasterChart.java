package org.snn4j.examples.plot;

import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.examples.monitor.LayerRecording;
import org.snn4j.examples.monitor.MonitorRecording;

/**
 * The spike raster of one recorded sample: one panel per layer, a mark at (t, n) for every spike
 * {@code S[t, n] = 1} of neuron n at step t; panels share the time axis.
 */
public final class RasterChart {
    private RasterChart() {
    }

    /** The raster of sample {@code sample} of {@code r} (layers recorded with spikes only). */
    public static JFreeChart of(MonitorRecording r, int sample) {
        Samples.check(r, sample);
        NumberAxis time = new NumberAxis("time step t");
        time.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        time.setRange(-0.5, r.steps() - 0.5);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(time);
        int panels = 0;
        for (LayerRecording l : r.layers()) {
            if (l.spikes() == null) {
                continue;
            }
            INDArray s = l.spikes().slice(sample);
            XYSeries points = new XYSeries("layer " + l.layer(), false, true);
            for (int t = 0; t < s.size(0); t++) {
                for (int n = 0; n < s.size(1); n++) {
                    if (s.getDouble(t, n) > 0) {
                        points.add(t, n);
                    }
                }
            }
            XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
            double w = Math.max(1.5, Math.min(8, 600.0 / r.steps()));
            double h = Math.max(1.5, Math.min(6, 300.0 / l.neurons()));
            dots.setSeriesShape(0, new Rectangle2D.Double(-w / 2, -h / 2, w, h));
            dots.setSeriesPaint(0, Palette.color(panels));
            NumberAxis neuron = new NumberAxis(String.format(java.util.Locale.ROOT, "layer %s neuron (rate %.3f)",
                    l.layer(), l.firingRate()));
            neuron.setRange(-0.5, l.neurons() - 0.5);
            XYPlot p = new XYPlot(new XYSeriesCollection(points), null, neuron, dots);
            Palette.style(p);
            plot.add(p, (int) Math.max(1, Math.min(4, Math.round(Math.log10(l.neurons() + 1)))));
            panels++;
        }
        if (panels == 0) {
            throw new IllegalArgumentException("the monitor file has no spikes; record with --monitor spikes");
        }
        JFreeChart chart = new JFreeChart(Samples.title("Spike raster", r, sample), JFreeChart.DEFAULT_TITLE_FONT,
                plot, false);
        Palette.style(chart);
        return chart;
    }
}
