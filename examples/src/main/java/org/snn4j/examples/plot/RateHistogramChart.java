package org.snn4j.examples.plot;

import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.statistics.HistogramType;
import org.snn4j.examples.monitor.LayerRecording;
import org.snn4j.examples.monitor.MonitorRecording;

/**
 * Per-layer firing-rate histograms: how many neurons fire at each rate (spikes per neuron per
 * step, averaged over the recorded samples, in [0, 1]). Silent layers pile up at 0, saturated
 * ones at 1.
 */
public final class RateHistogramChart {
    /** Histogram bins over [0, 1]. */
    public static final int BINS = 20;

    private RateHistogramChart() {
    }

    /** The histograms of every layer of {@code r} recorded with rates. */
    public static JFreeChart of(MonitorRecording r) {
        NumberAxis rate = new NumberAxis("firing rate (spikes per neuron per step)");
        rate.setRange(0, 1);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(rate);
        int panels = 0;
        for (LayerRecording l : r.layers()) {
            if (l.rates() == null) {
                continue;
            }
            HistogramDataset data = new HistogramDataset();
            data.setType(HistogramType.FREQUENCY);
            data.addSeries(String.format(Locale.ROOT, "layer %s (%d neurons, mean %.3f)", l.layer(), l.neurons(),
                    l.firingRate()), l.rates().toDoubleVector(), BINS, 0, 1);
            XYBarRenderer bars = new XYBarRenderer(0.05);
            bars.setBarPainter(new StandardXYBarPainter());
            bars.setShadowVisible(false);
            bars.setSeriesPaint(0, Palette.color(panels));
            XYPlot p = new XYPlot(data, null, new NumberAxis("neurons, layer " + l.layer()), bars);
            Palette.style(p);
            plot.add(p, 1);
            panels++;
        }
        if (panels == 0) {
            throw new IllegalArgumentException("the monitor file has no rates; record with --monitor rates");
        }
        JFreeChart chart = new JFreeChart("Firing rates per layer (" + r.samples() + " test samples)",
                JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        Palette.style(chart);
        return chart;
    }
}
