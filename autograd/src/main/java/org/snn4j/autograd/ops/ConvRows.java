package org.snn4j.autograd.ops;

/**
 * The inner loop of the event-driven convolution ({@link EventConv}): {@code dst[d …) += v · src[s …)}
 * over one run of {@code len} numbers, for {@code float} and {@code double} arrays. Each element is
 * computed as {@code dst + v·src} (multiply, then add; no fused multiply-add), so the vector form
 * ({@link VectorConvRows}) and the scalar form give bit-identical results.
 *
 * <p>Why the vector form: JDK 17's auto-vectoriser leaves {@code dst[d + k] += v·src[s + k]}
 * scalar whenever the two offsets differ, which is always the case here; the explicit vector loop
 * runs several times faster (docs/PERFORMANCE.md, "Event-driven convolution").
 */
final class ConvRows {
    /**
     * True when the float32 loop runs on the vector API: the JVM was started with
     * {@code --add-modules jdk.incubator.vector} and {@code -Dsnn4j.vector=off} is not set.
     */
    static final boolean VECTOR = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()
            && !"off".equalsIgnoreCase(System.getProperty("snn4j.vector"));

    private ConvRows() {
    }

    /** {@code dst[d + k] += v · src[s + k]} for {@code 0 ≤ k < len}. */
    static void axpy(float[] dst, int d, float[] src, int s, int len, float v) {
        if (VECTOR) {
            VectorConvRows.axpy(dst, d, src, s, len, v);
        } else {
            axpyScalar(dst, d, src, s, len, v);
        }
    }

    /** The scalar form of {@link #axpy(float[], int, float[], int, int, float)} (also the reference in tests). */
    static void axpyScalar(float[] dst, int d, float[] src, int s, int len, float v) {
        for (int k = 0; k < len; k++) {
            dst[d + k] = dst[d + k] + v * src[s + k];
        }
    }

    /** {@code dst[d + k] += v · src[s + k]} for {@code 0 ≤ k < len}. */
    static void axpy(double[] dst, int d, double[] src, int s, int len, double v) {
        for (int k = 0; k < len; k++) {
            dst[d + k] = dst[d + k] + v * src[s + k];
        }
    }
}
