package org.snn4j.examples.plot;

import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.renderer.PaintScale;

/**
 * A linear colour scale for JFreeChart heat maps: from {@code low} at {@code lower} through
 * white at the middle (diverging) or from white (sequential) to {@code high} at {@code upper}.
 *
 * @param lower value drawn in {@code low}
 * @param upper value drawn in {@code high}
 * @param low   colour of the lower bound (white for a sequential scale)
 * @param high  colour of the upper bound
 */
public record ColorScale(double lower, double upper, Color low, Color high) implements PaintScale {

    /** 0 = white … 1 = dark blue: fractions (confusion matrix rows). */
    public static ColorScale blues() {
        return new ColorScale(0, 1, Color.WHITE, new Color(8, 48, 107));
    }

    /** −1 = OFF blue … 0 = white … +1 = ON red: net polarity of event frames. */
    public static ColorScale onOff() {
        return new ColorScale(-1, 1, Palette.OFF, Palette.ON);
    }

    @Override
    public double getLowerBound() {
        return lower;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    @Override
    public Paint getPaint(double value) {
        double v = Double.isFinite(value) ? Math.max(lower, Math.min(upper, value)) : lower;
        double f = (v - lower) / (upper - lower);
        if (low.equals(Color.WHITE)) {
            return mix(Color.WHITE, high, f);
        }
        return f < 0.5 ? mix(low, Color.WHITE, 2 * f) : mix(Color.WHITE, high, 2 * f - 1);
    }

    private static Color mix(Color a, Color b, double f) {
        return new Color(ch(a.getRed(), b.getRed(), f), ch(a.getGreen(), b.getGreen(), f), ch(a.getBlue(), b.getBlue(), f));
    }

    private static int ch(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }
}
