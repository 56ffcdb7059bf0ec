package org.snn4j.examples.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * A small line plot rendered with Java2D in headless mode and written as PNG: axes with ticks and
 * labels, a title, several series with markers and a legend. The x axis may be log₂ (for T =
 * 4, 8, …, 128).
 *
 * @param title  text above the plot
 * @param xLabel x axis label
 * @param yLabel y axis label
 * @param width  image width in pixels, ≥ 200
 * @param height image height in pixels, ≥ 150
 * @param logX   log₂ x axis (all x must be &gt; 0)
 * @param series the lines, at least one
 */
public record LinePlot(String title, String xLabel, String yLabel, int width, int height, boolean logX,
                       List<Series> series) {
    private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
        new Color(0xff7f0e), new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f),
        new Color(0xbcbd22), new Color(0x17becf)};

    public LinePlot {
        if (width < 200 || height < 150) {
            throw new IllegalArgumentException("LinePlot: width >= 200 and height >= 150 required, got " + width + "x"
                    + height);
        }
        if (series == null || series.isEmpty()) {
            throw new IllegalArgumentException("LinePlot: at least one series is required");
        }
        series = List.copyOf(series);
        for (Series s : series) {
            for (double x : s.x()) {
                if (logX && !(x > 0)) {
                    throw new IllegalArgumentException("LinePlot: series '" + s.name() + "' has x = " + x
                            + " on a log axis (x must be > 0)");
                }
            }
        }
    }

    /** Renders the plot. */
    public BufferedImage render() {
        System.setProperty("java.awt.headless", "true");
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            PlotFrame frame = PlotFrame.fit(this, g);
            frame.drawAxes(g, title, xLabel, yLabel);
            for (int i = 0; i < series.size(); i++) {
                drawSeries(g, frame, series.get(i), PALETTE[i % PALETTE.length]);
            }
            frame.drawLegend(g, series, PALETTE);
        } finally {
            g.dispose();
        }
        return img;
    }

    /** Renders and writes a PNG to {@code file} (parent folders are created). */
    public void writePng(Path file) throws IOException {
        Path abs = file.toAbsolutePath();
        if (abs.getParent() != null) {
            Files.createDirectories(abs.getParent());
        }
        if (!ImageIO.write(render(), "png", abs.toFile())) {
            throw new IOException("no PNG writer available for " + file);
        }
    }

    private static void drawSeries(Graphics2D g, PlotFrame f, Series s, Color c) {
        g.setColor(c);
        g.setStroke(s.dashed() ? new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
                new float[] {7f, 5f}, 0f) : new BasicStroke(2f));
        double[] x = s.x();
        double[] y = s.y();
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i < x.length; i++) {
            double px = f.px(x[i]);
            double py = f.py(y[i]);
            if (i == 0) {
                path.moveTo(px, py);
            } else {
                path.lineTo(px, py);
            }
        }
        g.draw(path);
        if (!s.dashed()) {
            for (int i = 0; i < x.length; i++) {
                g.fillOval((int) Math.round(f.px(x[i])) - 3, (int) Math.round(f.py(y[i])) - 3, 7, 7);
            }
        }
    }
}
