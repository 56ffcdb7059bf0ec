package org.snn4j.autograd.ops;

import java.util.Arrays;

/** Argument checks and output-size arithmetic shared by convolution and pooling. */
final class Geometry {
    private Geometry() {
    }

    /** {@code ⌊(size + 2·pad − dil·(k − 1) − 1) / stride⌋ + 1}, the PyTorch/ND4J output length. */
    static long outSize(long size, long k, int stride, int pad, int dil) {
        long span = size + 2L * pad - (long) dil * (k - 1) - 1;
        return span < 0 ? 0 : span / stride + 1;
    }

    /** Fails unless {@code v} is a {@code {h, w}} pair with both entries ≥ {@code min}. */
    static void check(String op, String name, int[] v, int min) {
        if (v == null || v.length != 2 || v[0] < min || v[1] < min) {
            throw new IllegalArgumentException(op + ": " + name + " must be {h, w} with each >= " + min + ", got "
                    + (v == null ? "null" : Arrays.toString(v)));
        }
    }
}
