package org.snn4j.autograd.ops.sparse;

/**
 * The inner loops of the event kernels over one block of {@code w} output columns, for
 * {@code float} and {@code double} arrays, with {@code v_i = val[i]}, or 1 when {@code val} is
 * {@code null} (binary events: additions only). Each element is summed as
 * {@code ((dst + v₀s₀) + v₁s₁) + …} (for binary events the multiplies by 1 are left out, which
 * changes nothing), the order {@link VectorRowSums} keeps, so results do not depend on whether the
 * vector API is available.
 */
final class RowSums {
    /**
     * True when the float32 loops run on the vector API: the JVM was started with
     * {@code --add-modules jdk.incubator.vector} and {@code -Dsnn4j.vector=off} is not set.
     */
    static final boolean VECTOR = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()
            && !"off".equalsIgnoreCase(System.getProperty("snn4j.vector"));

    private RowSums() {
    }

    /**
     * Gather: {@code dst[d + o] += Σ_{i ∈ [from, to)} v_i·src[base + idx[i]·w + o]} for {@code 0 ≤ o < w}.
     * Four source rows are added per pass over the destination, so it is loaded and stored once
     * per four events.
     */
    static void gather(int[] idx, double[] val, int from, int to, float[] src, int base, float[] dst, int d, int w) {
        if (VECTOR) {
            VectorRowSums.gather(idx, val, from, to, src, base, dst, d, w);
        } else {
            gatherScalar(idx, val, from, to, src, base, dst, d, w);
        }
    }

    /** The scalar form of {@link #gather} for {@code float} arrays (also the reference in tests). */
    static void gatherScalar(int[] idx, double[] val, int from, int to, float[] src, int base, float[] dst, int d,
                             int w) {
        int i = from;
        if (val == null) {
            for (; i + 3 < to; i += 4) {
                int s0 = base + idx[i] * w;
                int s1 = base + idx[i + 1] * w;
                int s2 = base + idx[i + 2] * w;
                int s3 = base + idx[i + 3] * w;
                for (int o = 0; o < w; o++) {
                    dst[d + o] = dst[d + o] + src[s0 + o] + src[s1 + o] + src[s2 + o] + src[s3 + o];
                }
            }
            for (; i < to; i++) {
                int s0 = base + idx[i] * w;
                for (int o = 0; o < w; o++) {
                    dst[d + o] = dst[d + o] + src[s0 + o];
                }
            }
            return;
        }
        for (; i + 3 < to; i += 4) {
            int s0 = base + idx[i] * w;
            int s1 = base + idx[i + 1] * w;
            int s2 = base + idx[i + 2] * w;
            int s3 = base + idx[i + 3] * w;
            float v0 = (float) val[i];
            float v1 = (float) val[i + 1];
            float v2 = (float) val[i + 2];
            float v3 = (float) val[i + 3];
            for (int o = 0; o < w; o++) {
                dst[d + o] = dst[d + o] + v0 * src[s0 + o] + v1 * src[s1 + o] + v2 * src[s2 + o] + v3 * src[s3 + o];
            }
        }
        for (; i < to; i++) {
            int s0 = base + idx[i] * w;
            float v0 = (float) val[i];
            for (int o = 0; o < w; o++) {
                dst[d + o] = dst[d + o] + v0 * src[s0 + o];
            }
        }
    }

    /** {@link #gather} on {@code double} arrays. */
    static void gather(int[] idx, double[] val, int from, int to, double[] src, int base, double[] dst, int d, int w) {
        int i = from;
        for (; i + 3 < to; i += 4) {
            int s0 = base + idx[i] * w;
            int s1 = base + idx[i + 1] * w;
            int s2 = base + idx[i + 2] * w;
            int s3 = base + idx[i + 3] * w;
            double v0 = val == null ? 1 : val[i];
            double v1 = val == null ? 1 : val[i + 1];
            double v2 = val == null ? 1 : val[i + 2];
            double v3 = val == null ? 1 : val[i + 3];
            for (int o = 0; o < w; o++) {
                dst[d + o] = dst[d + o] + v0 * src[s0 + o] + v1 * src[s1 + o] + v2 * src[s2 + o] + v3 * src[s3 + o];
            }
        }
        for (; i < to; i++) {
            int s0 = base + idx[i] * w;
            double v0 = val == null ? 1 : val[i];
            for (int o = 0; o < w; o++) {
                dst[d + o] = dst[d + o] + v0 * src[s0 + o];
            }
        }
    }
}
