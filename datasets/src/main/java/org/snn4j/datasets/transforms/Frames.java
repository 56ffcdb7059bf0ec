package org.snn4j.datasets.transforms;

import java.util.Arrays;

/**
 * A dense float tensor in C (row-major) order: a flat {@code float[]} plus its shape.
 *
 * <p>Event encoders produce shape {@code [T, C, H, W]} (time, polarity channel, row, column).
 * The array is owned by this object once constructed; {@link #data()} exposes it without copying
 * so the loader can copy frames into batch buffers without allocating. Callers must treat it as
 * read-only.
 */
public final class Frames {
    private final float[] data;
    private final int[] shape;

    /**
     * Takes ownership of {@code data}.
     *
     * @throws IllegalArgumentException if a dimension is negative or the element count differs
     */
    public Frames(float[] data, int... shape) {
        long n = 1;
        for (int d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " has a negative dimension");
            }
            n *= d;
        }
        if (n != data.length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " needs " + n
                    + " elements but the data has " + data.length);
        }
        this.data = data;
        this.shape = shape.clone();
    }

    /** The flat data, not copied: do not modify. */
    public float[] data() {
        return data;
    }

    /** A copy of the shape. */
    public int[] shape() {
        return shape.clone();
    }

    /** Size of dimension {@code d}. */
    public int dim(int d) {
        return shape[d];
    }

    public int rank() {
        return shape.length;
    }

    /** Number of elements. */
    public int length() {
        return data.length;
    }

    /** Element at a multi-index (C order); for tests and small tools, not hot loops. */
    public float get(int... index) {
        if (index.length != shape.length) {
            throw new IllegalArgumentException("index rank " + index.length + " != tensor rank " + shape.length);
        }
        int flat = 0;
        for (int d = 0; d < shape.length; d++) {
            if (index[d] < 0 || index[d] >= shape[d]) {
                throw new IndexOutOfBoundsException("index " + Arrays.toString(index) + " outside shape "
                        + Arrays.toString(shape));
            }
            flat = flat * shape[d] + index[d];
        }
        return data[flat];
    }

    /** Sum of all elements (in double precision). */
    public double sum() {
        double s = 0;
        for (float v : data) {
            s += v;
        }
        return s;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Frames f && Arrays.equals(shape, f.shape) && Arrays.equals(data, f.data);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(shape) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "Frames" + Arrays.toString(shape);
    }
}
