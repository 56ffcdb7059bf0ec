package org.snn4j.examples.plot;

import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYZDataset;
import org.snn4j.datasets.events.Events;
import org.snn4j.datasets.transforms.Frames;
import org.snn4j.datasets.transforms.ToFrames;

/**
 * Event frames of a recording: the events are binned into F equal time windows by
 * {@link ToFrames#byTime(int)} and each frame is drawn as a sensor image whose pixel colour is the
 * net polarity {@code (on − off) / s}, s the 99th percentile of {@code |on − off|} over active
 * pixels, clipped to [−1, 1] (red = ON, blue = OFF, white = no events), y down
 * as on the sensor.
 */
public final class EventFrameChart {
    private EventFrameChart() {
    }

    /** {@code frames} windows side by side. */
    public static JFreeChart grid(Events e, int frames, String title) {
        NumberAxis y = sensorY(e);
        CombinedRangeXYPlot plot = new CombinedRangeXYPlot(y);
        Frames binned = bin(e, frames);
        long[] edges = edges(e, frames);
        for (int f = 0; f < frames; f++) {
            plot.add(panel(binned, f, edges), 1);
        }
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.addSubtitle(legend());
        Palette.style(chart);
        return chart;
    }

    /** Window {@code f} of {@code frames} alone (one frame of an animation). */
    public static JFreeChart single(Events e, int f, int frames, String title) {
        XYPlot p = panel(bin(e, frames), f, edges(e, frames));
        p.setRangeAxis(sensorY(e));
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, p, false);
        Palette.style(chart);
        return chart;
    }

    private static Frames bin(Events e, int frames) {
        if (frames < 1) {
            throw new IllegalArgumentException("--frames must be >= 1, got " + frames);
        }
        if (e.size() == 0) {
            throw new IllegalArgumentException("the recording has no events to draw");
        }
        return ToFrames.byTime(frames).encode(e);
    }

    /** F + 1 window edges in µs from the first to just past the last event (axis labels only). */
    private static long[] edges(Events e, int frames) {
        long t0 = e.t(0);
        long span = e.t(e.size() - 1) - t0 + 1;
        long[] edges = new long[frames + 1];
        for (int f = 0; f <= frames; f++) {
            edges[f] = t0 + span * f / frames;
        }
        return edges;
    }

    private static XYPlot panel(Frames binned, int f, long[] edges) {
        int h = binned.dim(2);
        int w = binned.dim(3);
        int[] net = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                net[y * w + x] = Math.round(binned.get(f, 1, y, x) - binned.get(f, 0, y, x));
            }
        }
        int nonZero = 0;
        for (int v : net) {
            if (v != 0) {
                nonZero++;
            }
        }
        double scale = scale(net, nonZero);
        double[][] xyz = new double[3][nonZero];
        int k = 0;
        for (int i = 0; i < net.length; i++) {
            if (net[i] != 0) {
                xyz[0][k] = i % w;
                xyz[1][k] = i / w;
                xyz[2][k++] = Math.max(-1, Math.min(1, net[i] / scale));
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("net polarity", xyz);
        XYBlockRenderer pixels = new XYBlockRenderer();
        pixels.setPaintScale(ColorScale.onOff());
        NumberAxis x = new NumberAxis(String.format(Locale.ROOT, "x, %.1f–%.1f ms", (edges[f] - edges[0]) / 1e3,
                (edges[f + 1] - edges[0]) / 1e3));
        x.setRange(-0.5, w - 0.5);
        x.setTickLabelsVisible(false);
        XYPlot p = new XYPlot(data, x, null, pixels);
        Palette.style(p);
        p.setDomainGridlinesVisible(false);
        p.setRangeGridlinesVisible(false);
        return p;
    }

    /** The 99th percentile of |net| over active pixels (at least 1): a few hot pixels do not wash out the rest. */
    private static double scale(int[] net, int nonZero) {
        if (nonZero == 0) {
            return 1;
        }
        int[] abs = new int[nonZero];
        int k = 0;
        for (int v : net) {
            if (v != 0) {
                abs[k++] = Math.abs(v);
            }
        }
        java.util.Arrays.sort(abs);
        return Math.max(1, abs[(int) Math.floor(0.99 * (nonZero - 1))]);
    }

    private static NumberAxis sensorY(Events e) {
        NumberAxis y = new NumberAxis("y (" + e.width() + "×" + e.height() + " sensor)");
        y.setRange(-0.5, e.height() - 0.5);
        y.setInverted(true);
        return y;
    }

    private static PaintScaleLegend legend() {
        PaintScaleLegend legend = new PaintScaleLegend(ColorScale.onOff(), new NumberAxis("OFF ← net polarity → ON"));
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setMargin(4, 60, 4, 60);
        return legend;
    }
}
