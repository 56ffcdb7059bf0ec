package org.snn4j.examples.plot;

import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;

/**
 * The shared look of every snn4j chart: matplotlib's "tab10" colours, white background, light
 * grey grid lines.
 */
public final class Palette {
    private static final int[] TAB10 = {0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd, 0x8c564b, 0xe377c2,
        0x7f7f7f, 0xbcbd22, 0x17becf};
    /** ON events. */
    public static final Color ON = new Color(0xd62728);
    /** OFF events. */
    public static final Color OFF = new Color(0x1f77b4);

    private Palette() {
    }

    /** The {@code i}-th colour of the cycle. */
    public static Paint color(int i) {
        return new Color(TAB10[Math.floorMod(i, TAB10.length)]);
    }

    /** White background and grey grid lines. */
    public static void style(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        plot.setOutlinePaint(new Color(0x888888));
    }

    /** White chart background. */
    public static void style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
    }
}
