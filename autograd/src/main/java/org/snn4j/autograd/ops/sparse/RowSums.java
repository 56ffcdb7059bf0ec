package org.snn4j.autograd.ops.sparse;

/**
 * The inner loop of the event kernels (the event synapse, the event convolution {@code EventConv}),
 * for {@code float} and {@code double} arrays:
 * <pre>
 * dst[d + o] ← dst[d + o] + Σ_{i ∈ [from, to)} v_i·src[base + idx[i]·stride + o]     0 ≤ o &lt; w
 * </pre>
 * with {@code v_i = val[i]}, or 1 when {@code val} is {@code null} (binary events: additions only).
 * Each element is summed in event order, {@code ((dst + v₀s₀) + v₁s₁) + …} (multiply, then add; no
 * fused multiply-add; for binary events the multiplies by 1 are left out, which changes nothing), the
 * order {@link VectorRowSums} keeps, so results do not depend on whether the vector API is
 * available, nor on how the caller blocks the columns.
 */
public final class RowSums {
    /**
     * True when the float32 loops run on the vector API: the JVM was started with
     * {@code --add-modules jdk.incubator.vector} and {@code -Dsnn4j.vector=off} is not set.
     */
    static final boolean VECTOR = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()
            && !"off".equalsIgnoreCase(System.getProperty("snn4j.vector"));

    private RowSums() {
    }

    /** Floats per vector register of the float32 loop (8 for the scalar loop: a block-size unit only). */
    static int lanes() {
        return VECTOR ? VectorRowSums.L : 8;
    }

    /** The sum above for {@code float} arrays: on the vector API when {@link #VECTOR}, else {@link #gatherScalar}. */
    public static void gather(int[] idx, double[] val, int from, int to, float[] src, int base, int stride, float[] dst,
                       int d, int w) {
        if (VECTOR) {
            VectorRowSums.gather(idx, val, from, to, src, base, stride, dst, d, w);
        } else {
            gatherScalar(idx, val, from, to, src, base, stride, dst, d, w);
        }
    }

    /**
     * {@code dst[d + k] = v · src[s + k]} for {@code k < len} (float32 products; the two ranges may
     * be one, in place, or lie apart in one array, but not overlap otherwise): the source rows of one
     * value level, so that events of that value gather as binary ones with the same products
     * ({@code EventConv}). On the vector API when {@link #VECTOR}: JDK 17 leaves this loop scalar
     * when the two offsets differ.
     */
    public static void scaled(float[] src, int s, float v, float[] dst, int d, int len) {
        int k = 0;
        if (VECTOR) {
            k = VectorRowSums.scaled(src, s, v, dst, d, len);
        }
        for (; k < len; k++) {
            dst[d + k] = src[s + k] * v;
        }
    }

    /**
     * The sum above started from {@code init[e … e + w)} instead of the old {@code dst[d …]}
     * ({@code dst[d + o] ← init[e + o] + Σ …}, same order), so the first addition does not wait for
     * a load of the destination, which a caller that overwrites it (a bias or zero start) need not
     * fill first. Measured on the LIF-MLP fc1 forward loop alone, one thread, same JVM: minima
     * 3–13 % lower than prefilling the tile and gathering in place (15 of 15 JVMs); on whole
     * {@code EventSynapse.forward}/{@code weightGradient} calls within noise.
     */
    public static void gather(int[] idx, double[] val, int from, int to, float[] src, int base, int stride,
                              float[] init, int e, float[] dst, int d, int w) {
        if (VECTOR) {
            VectorRowSums.gather(idx, val, from, to, src, base, stride, init, e, dst, d, w);
        } else {
            System.arraycopy(init, e, dst, d, w);
            gatherScalar(idx, val, from, to, src, base, stride, dst, d, w);
        }
    }

    /**
     * The scalar form of {@link #gather} for {@code float} arrays (also the reference in tests): four
     * events per pass over the destination, so it is loaded and stored once per four source rows
     * (measured faster without the vector API than holding columns in local accumulators: thread CPU
     * time at 13 %, 86 against 107 ms for the LIF-MLP layer-1 forward pass).
     */
    static void gatherScalar(int[] idx, double[] val, int from, int to, float[] src, int base, int stride,
                             float[] dst, int d, int w) {
        int i = from;
        if (val == null) {
            for (; i + 3 < to; i += 4) {
                int s0 = base + idx[i] * stride;
                int s1 = base + idx[i + 1] * stride;
                int s2 = base + idx[i + 2] * stride;
                int s3 = base + idx[i + 3] * stride;
                for (int o = 0; o < w; o++) {
                    dst[d + o] = dst[d + o] + src[s0 + o] + src[s1 + o] + src[s2 + o] + src[s3 + o];
                }
            }
        } else {
            for (; i + 3 < to; i += 4) {
                int s0 = base + idx[i] * stride;
                int s1 = base + idx[i + 1] * stride;
                int s2 = base + idx[i + 2] * stride;
                int s3 = base + idx[i + 3] * stride;
                float v0 = (float) val[i];
                float v1 = (float) val[i + 1];
                float v2 = (float) val[i + 2];
                float v3 = (float) val[i + 3];
                for (int o = 0; o < w; o++) {
                    dst[d + o] = dst[d + o] + v0 * src[s0 + o] + v1 * src[s1 + o] + v2 * src[s2 + o]
                            + v3 * src[s3 + o];
                }
            }
        }
        for (; i < to; i++) {
            int s0 = base + idx[i] * stride;
            float v0 = val == null ? 1f : (float) val[i];
            for (int o = 0; o < w; o++) {
                dst[d + o] = dst[d + o] + v0 * src[s0 + o];
            }
        }
    }

    /** {@link #gather} on {@code double} arrays (scalar loops). */
    public static void gather(int[] idx, double[] val, int from, int to, double[] src, int base, int stride, double[] dst,
                       int d, int w) {
        for (int i = from; i < to; i++) {
            int s = base + idx[i] * stride;
            double v = val == null ? 1 : val[i];
            for (int o = 0; o < w; o++) {
                dst[d + o] = dst[d + o] + v * src[s + o];
            }
        }
    }
}
