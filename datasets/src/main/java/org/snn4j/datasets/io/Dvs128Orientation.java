package org.snn4j.datasets.io;

/**
 * How a DVS128 address (AEDAT 1.0/2.0, e.g. CIFAR10-DVS) becomes {@code (x, y)} coordinates.
 *
 * <p>The raw fields are {@code rawX = (addr >> 1) & 0x7F} and {@code rawY = (addr >> 8) & 0x7F}.
 * jAER's {@code DVS128} extractor flips x ({@code xJaer = 127 - rawX}) and keeps y
 * ({@code yJaer = rawY}) with the origin at the <em>bottom</em>-left of its display; MATLAB
 * {@code dat2mat.m} (recommended by the CIFAR10-DVS authors) returns the same numbers. snn4j
 * events use the image convention (x = column, y = row counted from the top), so:
 * <pre>
 *                      x                y                image seen with row = y
 * JAER_UPRIGHT         127 - rawX       127 - rawY       jAER's upright display (default)
 * JAER_BOTTOM_LEFT     127 - rawX       rawY             upside down (dat2mat.m numbers)
 * SPIKINGJELLY         127 - rawY       127 - rawX       transpose of JAER_UPRIGHT
 * </pre>
 * {@code SPIKINGJELLY} reproduces SpikingJelly's CIFAR10-DVS loader exactly. Train and evaluate
 * with one convention: a horizontal flip under one is a vertical flip under the transposed one.
 */
public enum Dvs128Orientation {
    /** jAER's upright image in top-left image coordinates (the default). */
    JAER_UPRIGHT {
        @Override
        public int x(int rawX, int rawY) {
            return MAX - rawX;
        }

        @Override
        public int y(int rawX, int rawY) {
            return MAX - rawY;
        }

        @Override
        public int rawX(int x, int y) {
            return MAX - x;
        }

        @Override
        public int rawY(int x, int y) {
            return MAX - y;
        }
    },
    /** jAER / {@code dat2mat.m} numbers: y counts up from the bottom row. */
    JAER_BOTTOM_LEFT {
        @Override
        public int x(int rawX, int rawY) {
            return MAX - rawX;
        }

        @Override
        public int y(int rawX, int rawY) {
            return rawY;
        }

        @Override
        public int rawX(int x, int y) {
            return MAX - x;
        }

        @Override
        public int rawY(int x, int y) {
            return y;
        }
    },
    /** SpikingJelly's {@code x = 127 - rawY, y = 127 - rawX}: the transpose of the upright image. */
    SPIKINGJELLY {
        @Override
        public int x(int rawX, int rawY) {
            return MAX - rawY;
        }

        @Override
        public int y(int rawX, int rawY) {
            return MAX - rawX;
        }

        @Override
        public int rawX(int x, int y) {
            return MAX - y;
        }

        @Override
        public int rawY(int x, int y) {
            return MAX - x;
        }
    };

    /** DVS128 sensor width and height in pixels. */
    public static final int SIZE = 128;
    private static final int MAX = SIZE - 1;

    /** Column for raw address fields {@code rawX, rawY} (each 0..127). */
    public abstract int x(int rawX, int rawY);

    /** Row for raw address fields {@code rawX, rawY} (each 0..127). */
    public abstract int y(int rawX, int rawY);

    /** Inverse mapping: raw x field for an event at {@code (x, y)}. */
    public abstract int rawX(int x, int y);

    /** Inverse mapping: raw y field for an event at {@code (x, y)}. */
    public abstract int rawY(int x, int y);
}
