package org.snn4j.autograd.ops.sparse;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The float32 loops of {@link RowSums} on the JDK's vector API ({@code jdk.incubator.vector}),
 * loaded only when the JVM runs with {@code --add-modules jdk.incubator.vector}
 * ({@link RowSums#VECTOR}). Why: JDK 17's auto-vectoriser leaves {@code dst[d + o] += src[s + o]}
 * scalar whenever the two offsets differ (it cannot align both), which made the event path
 * 8–13 times slower than these loops (about 1.7–3 against 23 G additions per second per core,
 * measured by CPU time on the loaded AMD EPYC AVX-512 machine). Every element is summed in the
 * same order as the scalar loops ({@code ((dst + v₀s₀) + v₁s₁) + …}, multiply then add, no FMA),
 * so both give bit-identical results.
 */
final class VectorRowSums {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    private VectorRowSums() {
    }

    /** {@link RowSums#gather} for {@code float} arrays. */
    static void gather(int[] idx, double[] val, int from, int to, float[] src, int base, float[] dst, int d, int w) {
        int i = from;
        int vw = w - w % L;
        for (; i + 3 < to; i += 4) {
            int s0 = base + idx[i] * w;
            int s1 = base + idx[i + 1] * w;
            int s2 = base + idx[i + 2] * w;
            int s3 = base + idx[i + 3] * w;
            if (val == null) {
                for (int o = 0; o < vw; o += L) {
                    FloatVector.fromArray(S, dst, d + o).add(FloatVector.fromArray(S, src, s0 + o))
                            .add(FloatVector.fromArray(S, src, s1 + o)).add(FloatVector.fromArray(S, src, s2 + o))
                            .add(FloatVector.fromArray(S, src, s3 + o)).intoArray(dst, d + o);
                }
                for (int o = vw; o < w; o++) {
                    dst[d + o] = dst[d + o] + src[s0 + o] + src[s1 + o] + src[s2 + o] + src[s3 + o];
                }
            } else {
                float v0 = (float) val[i];
                float v1 = (float) val[i + 1];
                float v2 = (float) val[i + 2];
                float v3 = (float) val[i + 3];
                for (int o = 0; o < vw; o += L) {
                    FloatVector.fromArray(S, dst, d + o).add(FloatVector.fromArray(S, src, s0 + o).mul(v0))
                            .add(FloatVector.fromArray(S, src, s1 + o).mul(v1))
                            .add(FloatVector.fromArray(S, src, s2 + o).mul(v2))
                            .add(FloatVector.fromArray(S, src, s3 + o).mul(v3)).intoArray(dst, d + o);
                }
                for (int o = vw; o < w; o++) {
                    dst[d + o] = dst[d + o] + v0 * src[s0 + o] + v1 * src[s1 + o] + v2 * src[s2 + o] + v3 * src[s3 + o];
                }
            }
        }
        for (; i < to; i++) {
            int s0 = base + idx[i] * w;
            float v0 = val == null ? 1f : (float) val[i];
            for (int o = 0; o < vw; o += L) {
                FloatVector.fromArray(S, dst, d + o).add(FloatVector.fromArray(S, src, s0 + o).mul(v0)).intoArray(dst, d + o);
            }
            for (int o = vw; o < w; o++) {
                dst[d + o] = dst[d + o] + v0 * src[s0 + o];
            }
        }
    }
}
