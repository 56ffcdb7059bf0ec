package org.snn4j.examples.plot;

/**
 * One line of a {@link LinePlot}: points {@code (x[i], y[i])} joined in order, each marked.
 *
 * @param name   the legend entry
 * @param x      abscissae (finite; positive on a log axis)
 * @param y      ordinates (finite), same length as {@code x}
 * @param dashed draw the line dashed (e.g. a reference level)
 */
public record Series(String name, double[] x, double[] y, boolean dashed) {

    public Series {
        if (name == null || x == null || y == null || x.length != y.length || x.length == 0) {
            throw new IllegalArgumentException("Series '" + name + "': need a name and equally long, non-empty x and y");
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                throw new IllegalArgumentException("Series '" + name + "': point " + i + " = (" + x[i] + ", " + y[i]
                        + ") is not finite");
            }
        }
        x = x.clone();
        y = y.clone();
    }

    /** A solid line. */
    public Series(String name, double[] x, double[] y) {
        this(name, x, y, false);
    }

    /** A dashed horizontal line at {@code level} from {@code from} to {@code to}. */
    public static Series level(String name, double level, double from, double to) {
        return new Series(name, new double[] {from, to}, new double[] {level, level}, true);
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] y() {
        return y.clone();
    }
}
