package org.snn4j.autograd.ops;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The float32 loop of {@link ConvRows} on the JDK's vector API ({@code jdk.incubator.vector}),
 * loaded only when the JVM runs with {@code --add-modules jdk.incubator.vector}
 * ({@link ConvRows#VECTOR}). Multiply, then add, as the scalar loop: bit-identical results.
 */
final class VectorConvRows {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    private VectorConvRows() {
    }

    /** {@link ConvRows#axpy(float[], int, float[], int, int, float)}. */
    static void axpy(float[] dst, int d, float[] src, int s, int len, float v) {
        int vl = len - len % L;
        int k = 0;
        for (; k < vl; k += L) {
            FloatVector.fromArray(S, dst, d + k).add(FloatVector.fromArray(S, src, s + k).mul(v)).intoArray(dst, d + k);
        }
        for (; k < len; k++) {
            dst[d + k] = dst[d + k] + v * src[s + k];
        }
    }
}
