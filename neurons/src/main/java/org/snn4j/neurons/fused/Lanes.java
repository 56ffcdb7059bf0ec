package org.snn4j.neurons.fused;

import org.nd4j.linalg.api.buffer.DataType;
import org.snn4j.autograd.backend.BlockScratch;
import org.snn4j.autograd.backend.NativeArrays;
import org.snn4j.neurons.surrogate.Surrogate;

/**
 * The elementwise vector steps the fused kernels are written from, over {@code float[]}
 * ({@link FloatLanes}) or {@code double[]} ({@link DoubleLanes}): the kernels ({@link
 * LinearChargeKernel}, {@link AdaptiveKernel}) are one body each, and this interface is all that
 * differs between float32 and float64. Every method is one pass over {@code [0, len)} with every
 * array indexed by the same {@code i}, which is what lets HotSpot vectorise it; {@code double}
 * scalars are rounded to the lane type once per call.
 *
 * <p>The steps, with {@code H(d) = 1} for {@code d ≥ 0} (also −0), else 0:
 * <pre>
 * step:              h = a·v + b·x + c;   s = H(h − θ);   v = h + s·(q·(vReset − h) − r·θ)
 * reset:             v = h + H(h − θ)·(q·(vReset − h) − r·θ)
 * spikeGradient:     G_s = gs·g − k·G_v·(r·θ + q·(h − vReset)) + j·G_q
 * membraneGradient:  G_h = G_s·σ + G_v − q·G_v·s + gh·g
 * thresholdGradient: G_θ = −G_s·σ − r·G_v·s
 * chargeGradient:    ∂L/∂x = b·G_h;   G_v = a·G_h
 * </pre>
 * The reset is the {@link org.snn4j.neurons.model.ResetLaw} in the arrangement HotSpot vectorises
 * reliably: exact for {@code s = 0}, for subtraction and for a reset to 0; a reset to another value
 * lands within one rounding of {@code (1 − s)·h + s·vReset}.
 *
 * @param <A> {@code float[]} or {@code double[]}
 */
interface Lanes<A> {

    /** The lanes of {@code type} (FLOAT or DOUBLE). */
    @SuppressWarnings("unchecked")
    static <A> Lanes<A> of(DataType type) {
        return (Lanes<A>) (type == DataType.FLOAT ? FloatLanes.INSTANCE : DoubleLanes.INSTANCE);
    }

    /** A new zero-filled array of {@code n} lanes (for arrays that outlive a block). */
    A alloc(int n);

    /** An array of {@code n} lanes from the {@link org.snn4j.autograd.backend.ArrayPool}, contents undefined. */
    A pooled(int n);

    /**
     * An array of at least {@code n} lanes, {@code [0, n)} zero, from the calling thread's
     * {@link BlockScratch}, valid until the enclosing block ({@link BlockScratch#within}, or
     * {@link BlockScratch#enter} to {@link BlockScratch#leave}) ends (a fresh
     * array outside one); for a block's own working vectors, which must not escape the block. Its
     * length is {@link #scratchLength}{@code (n)}, so blocks of different widths (the last block of
     * a sample is narrower) reuse one array instead of replacing it.
     */
    A scratch(int n);

    /**
     * {@code count} arrays, each as from {@link #scratch}{@code (n)}, taken in order. A kernel that
     * needs several takes them here, so the JIT compiles one inlined copy of the taking instead of one
     * per array: with a dozen copies (the reverse sweep's scratch, the coefficient slices) C2 hit its
     * node-count inlining cutoff and spent up to 0.5 s compiling one block method, inside the timed
     * steps of {@code LifMlpMain} (docs/PERFORMANCE.md, session 10).
     */
    A[] scratch(int n, int count);

    /** The length of a {@link #scratch}{@code (n)} array: the power of two at or above {@code n}. */
    static int scratchLength(int n) {
        return n <= 1 ? 1 : Integer.highestOneBit(n - 1) << 1;
    }

    /** {@code values} in the lane type. */
    A of(double[] values);

    /** {@code dst[0, len) = src[index, index + len)}. */
    void get(NativeArrays src, int index, A dst, int len);

    /** {@code dst[index, index + len) = src[0, len)}. */
    void put(NativeArrays dst, int index, A src, int len);

    /** One step in one pass: {@code h} and {@code s} written, {@code v} updated in place. */
    void step(A a, A v, A b, A x, A c, A theta, double q, double r, double vReset, A h, A s, int len);

    /**
     * {@link #step} that also writes {@code d[at + i] = h − θ} (the surrogate's argument, the same
     * float {@link #step} fires on); {@code h} may be null (not written). Saves the forward pass the
     * separate {@code h − θ} pass of {@link #surrogate} and the copy of σ into the node's state.
     */
    void stepDistance(A a, A v, A b, A x, A c, A theta, double q, double r, double vReset, A h, A s, A d, int at,
                      int len);

    /** {@code x[i] = f'(x[i])} for {@code i} in {@code [from, to)}: {@link #surrogate} in place, at an offset. */
    void derivativeInPlace(Surrogate f, A x, int from, int to);

    /**
     * One reverse step of a sweep that reads no spikes ({@code q = 0}, no threshold gradient, no
     * adaptation, no coefficient gradient), in one pass: {@link #spikeGradient}, {@link
     * #membraneGradient} and {@link #chargeGradient} with the same float operations in the same
     * order (so bit for bit the three passes), σ read from {@code sigma[at + i]}:
     * <pre>
     * G_s = gs·g − k·G_v·(r·θ + q·(h − vReset));   G_h = G_s·σ + G_v + gh·g;   ∂L/∂x = b·G_h;   G_v ← a·G_h
     * </pre>
     */
    void sweepStep(double gs, A g, double k, A gv, double r, A theta, double q, A h, double vReset, A sigma, int at,
                   double gh, A b, A gx, A a, int len);

    /** The post-reset membrane {@code v} of pre-reset membranes {@code h} ({@code v} may be {@code h}). */
    void reset(A h, A theta, double q, double r, double vReset, A v, int len);

    /** {@code s = H(h − θ)}. */
    void fire(A h, A theta, A s, int len);

    /** {@code out = x + y}. */
    void add(A x, A y, A out, int len);

    /** {@code y = α·y + β·x}. */
    void scaleAdd(double alpha, A y, double beta, A x, int len);

    /** {@code σ = f'(h − θ)}. */
    void surrogate(Surrogate f, A h, A theta, A sigma, int len);

    /** {@code G_s}; {@code gq} may be null (no adaptation). */
    void spikeGradient(double gs, A g, double k, A gv, double r, A theta, double q, A h, double vReset,
                       double j, A gq, A gS, int len);

    /** {@code G_h}; {@code s} is not read when {@code q = 0}. */
    void membraneGradient(A gS, A sigma, A gv, double q, A s, double gh, A g, A gH, int len);

    void thresholdGradient(A gS, A sigma, double r, A gv, A s, A gTheta, int len);

    void chargeGradient(A gH, A b, A gx, A a, A gv, int len);

    /** {@code sum += x·y}, or {@code sum += x} when {@code y} is null; the product in the lane type. */
    void accumulate(A x, A y, double[] sum, int len);

    /** Bit {@code at + i} of {@code bits} set iff {@code s[i] ≠ 0}, for {@code i < len} (bits start cleared). */
    void packBits(A s, long[] bits, int at, int len);

    /** {@code s[i]} = bit {@code at + i} of {@code bits} (1 or 0). */
    void unpackBits(long[] bits, int at, A s, int len);
}
