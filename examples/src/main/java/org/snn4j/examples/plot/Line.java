package org.snn4j.examples.plot;

/**
 * One line of a {@link LineChart}: points {@code (x[i], y[i])} joined in order.
 *
 * @param name   the legend entry
 * @param x      abscissae (finite), same length as {@code y}
 * @param y      ordinates (finite)
 * @param dashed draw the line dashed (a reference level or a secondary quantity)
 */
public record Line(String name, double[] x, double[] y, boolean dashed) {

    public Line {
        if (name == null || x == null || y == null || x.length != y.length || x.length == 0) {
            throw new IllegalArgumentException("line '" + name + "': need a name and equally long, non-empty x and y");
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                throw new IllegalArgumentException("line '" + name + "': point " + i + " = (" + x[i] + ", " + y[i]
                        + ") is not finite");
            }
        }
        x = x.clone();
        y = y.clone();
    }

    /** A solid line. */
    public Line(String name, double[] x, double[] y) {
        this(name, x, y, false);
    }

    /** A dashed horizontal line at {@code level} from {@code from} to {@code to}. */
    public static Line level(String name, double level, double from, double to) {
        return new Line(name, new double[] {from, to}, new double[] {level, level}, true);
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
