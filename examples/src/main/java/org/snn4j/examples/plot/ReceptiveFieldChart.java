package org.snn4j.examples.plot;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Align;

/**
 * STDP receptive fields (Diehl &amp; Cook 2015, Fig. 2): the input weights {@code w[i][j]} of each
 * excitatory neuron j drawn as a grey-scale {@code side × side} tile, tiles in a square grid with a
 * one-pixel grey gap, each tile scaled to its own maximum (grey {@code = 255 · w[i][j] / max_i w[i][j]},
 * white = the strongest synapse). The grid is one image in the chart, so an SVG embeds it as a single
 * PNG instead of one rectangle per weight. One chart for {@code snn4j stdp --fields} and
 * {@code snn4j plot fields}.
 */
public final class ReceptiveFieldChart {
    private static final int GAP = 96;
    private static final int MARGIN = 20;

    private ReceptiveFieldChart() {
    }

    /**
     * The chart for an image {@code width} pixels wide (the grid is magnified by a whole factor to about
     * that width, so a viewer scales it little).
     *
     * @param weights {@code [inputs][neurons]}, inputs = side²
     * @param side    image side (28 for MNIST)
     */
    public static JFreeChart of(double[][] weights, int side, String title, int width) {
        check(weights, side);
        int n = weights[0].length;
        int gridPixels = columns(n) * (side + 1) + 1;
        BufferedImage grid = grid(weights, side, Math.max(1, (width - MARGIN) / gridPixels));
        XYPlot plot = new XYPlot();
        plot.setBackgroundImage(grid);
        plot.setBackgroundImageAlignment(Align.FIT);
        plot.setBackgroundImageAlpha(1f);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        Palette.style(chart);
        chart.getRenderingHints().put(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        return chart;
    }

    /**
     * The grid as a grey-scale image, each weight {@code scale × scale} pixels, a one-pixel gap of grey
     * 96 around the tiles.
     *
     * @param weights {@code [inputs][neurons]}, inputs = side²
     * @param side    image side
     * @param scale   pixel magnification, ≥ 1
     */
    public static BufferedImage grid(double[][] weights, int side, int scale) {
        check(weights, side);
        int n = weights[0].length;
        int cols = columns(n);
        int rows = (n + cols - 1) / cols;
        int tile = side * scale + 1;
        BufferedImage img = new BufferedImage(cols * tile + 1, rows * tile + 1, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster r = img.getRaster();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                r.setSample(x, y, 0, GAP);
            }
        }
        for (int j = 0; j < n; j++) {
            double max = 0;
            for (double[] row : weights) {
                max = Math.max(max, row[j]);
            }
            int x0 = (j % cols) * tile + 1;
            int y0 = (j / cols) * tile + 1;
            for (int p = 0; p < side * side; p++) {
                int grey = max > 0 ? (int) Math.round(255 * Math.max(0, weights[p][j]) / max) : 0;
                for (int dy = 0; dy < scale; dy++) {
                    for (int dx = 0; dx < scale; dx++) {
                        r.setSample(x0 + (p % side) * scale + dx, y0 + (p / side) * scale + dy, 0, grey);
                    }
                }
            }
        }
        return img;
    }

    /** Tiles per row of the grid: ⌈√neurons⌉. */
    public static int columns(int neurons) {
        return (int) Math.ceil(Math.sqrt(neurons));
    }

    /** The image height that keeps the pixels square at {@code width} (title and margins included). */
    public static int height(int width, int neurons) {
        int cols = columns(neurons);
        int rows = (neurons + cols - 1) / cols;
        return Math.max(PlotOptions.MIN_HEIGHT, (width - MARGIN) * rows / cols + 50);
    }

    private static void check(double[][] weights, int side) {
        if (weights.length != side * side || weights.length == 0 || weights[0].length == 0) {
            throw new IllegalArgumentException("receptive fields need [" + side * side + "][neurons] weights, got ["
                    + weights.length + "][" + (weights.length == 0 ? 0 : weights[0].length) + "]");
        }
    }
}
