package org.snn4j.examples.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.util.List;

/** The data-to-pixel mapping of a {@link LinePlot} and the drawing of its axes, ticks and legend. */
final class PlotFrame {
    private static final int LEFT = 70;
    private static final int TOP = 40;
    private static final int BOTTOM = 55;
    private final int width;
    private final int height;
    private final int right;
    private final boolean logX;
    private final double xLo;
    private final double xHi;
    private final double yLo;
    private final double yHi;

    private PlotFrame(int width, int height, int right, boolean logX, double xLo, double xHi, double yLo, double yHi) {
        this.width = width;
        this.right = right;
        this.height = height;
        this.logX = logX;
        this.xLo = xLo;
        this.xHi = xHi;
        this.yLo = yLo;
        this.yHi = yHi;
    }

    /** The frame covering every point of {@code plot}, with a little margin on y. */
    static PlotFrame fit(LinePlot plot, Graphics2D g) {
        double xl = Double.POSITIVE_INFINITY;
        double xh = Double.NEGATIVE_INFINITY;
        double yl = Double.POSITIVE_INFINITY;
        double yh = Double.NEGATIVE_INFINITY;
        for (Series s : plot.series()) {
            for (double v : s.x()) {
                xl = Math.min(xl, v);
                xh = Math.max(xh, v);
            }
            for (double v : s.y()) {
                yl = Math.min(yl, v);
                yh = Math.max(yh, v);
            }
        }
        if (xh == xl) {
            xh = plot.logX() ? xl * 2 : xl + 1;
        }
        double pad = yh == yl ? Math.max(1e-3, Math.abs(yh) * 0.05) : (yh - yl) * 0.06;
        g.setFont(legendFont());
        int legend = 0;
        for (Series s : plot.series()) {
            legend = Math.max(legend, g.getFontMetrics().stringWidth(s.name()));
        }
        int right = Math.min(legend + 60, plot.width() / 2);
        return new PlotFrame(plot.width(), plot.height(), right, plot.logX(), xl, xh, yl - pad, yh + pad);
    }

    double px(double x) {
        double f = logX ? (Math.log(x) - Math.log(xLo)) / (Math.log(xHi) - Math.log(xLo)) : (x - xLo) / (xHi - xLo);
        return LEFT + f * (width - LEFT - right);
    }

    double py(double y) {
        return height - BOTTOM - (y - yLo) / (yHi - yLo) * (height - TOP - BOTTOM);
    }

    void drawAxes(Graphics2D g, String title, String xLabel, String yLabel) {
        int x0 = LEFT;
        int x1 = width - right;
        int y0 = height - BOTTOM;
        int y1 = TOP;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        FontMetrics fm = g.getFontMetrics();
        List<Double> xt = logX ? Ticks.log2(xLo, xHi) : Ticks.linear(xLo, xHi, 8);
        for (double v : xt) {
            int p = (int) Math.round(px(v));
            grid(g, p, y0, p, y1);
            String s = Ticks.label(v);
            g.drawString(s, p - fm.stringWidth(s) / 2, y0 + 18);
        }
        for (double v : Ticks.linear(yLo, yHi, 6)) {
            int p = (int) Math.round(py(v));
            grid(g, x0, p, x1, p);
            String s = Ticks.label(v);
            g.drawString(s, x0 - 8 - fm.stringWidth(s), p + fm.getAscent() / 2 - 1);
        }
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1.2f));
        g.drawRect(x0, y1, x1 - x0, y0 - y1);
        g.drawString(xLabel, (x0 + x1 - fm.stringWidth(xLabel)) / 2, height - 15);
        AffineTransform saved = g.getTransform();
        g.rotate(-Math.PI / 2);
        g.drawString(yLabel, -(y0 + y1 + fm.stringWidth(yLabel)) / 2, 18);
        g.setTransform(saved);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.drawString(title, (width - g.getFontMetrics().stringWidth(title)) / 2, 24);
    }

    private static void grid(Graphics2D g, int xa, int ya, int xb, int yb) {
        g.setColor(new Color(0xe6e6e6));
        g.setStroke(new BasicStroke(1f));
        g.drawLine(xa, ya, xb, yb);
        g.setColor(Color.DARK_GRAY);
    }

    private static Font legendFont() {
        return new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    }

    /** The legend, outside the frame on the right, one row per series in its colour and dash. */
    void drawLegend(Graphics2D g, List<Series> series, Color[] palette) {
        g.setFont(legendFont());
        FontMetrics fm = g.getFontMetrics();
        int row = fm.getHeight() + 4;
        int bx = width - right + 14;
        int by = TOP + 4;
        for (int i = 0; i < series.size(); i++) {
            int y = by + i * row + row / 2;
            g.setColor(palette[i % palette.length]);
            g.setStroke(series.get(i).dashed() ? new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
                    new float[] {5f, 3f}, 0f) : new BasicStroke(2f));
            g.drawLine(bx, y, bx + 24, y);
            g.setColor(Color.BLACK);
            g.drawString(series.get(i).name(), bx + 30, y + fm.getAscent() / 2 - 1);
        }
    }
}
