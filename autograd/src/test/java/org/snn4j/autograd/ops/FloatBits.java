package org.snn4j.autograd.ops;

import org.nd4j.linalg.api.ndarray.INDArray;

/** The raw bits of a float32 array's elements in row-major order, for bit-for-bit comparisons in tests. */
final class FloatBits {
    private FloatBits() {
    }

    static int[] of(INDArray a) {
        float[] f = a.dup('c').reshape(a.length()).toFloatVector();
        int[] out = new int[f.length];
        for (int i = 0; i < f.length; i++) {
            out[i] = Float.floatToRawIntBits(f[i]);
        }
        return out;
    }
}
