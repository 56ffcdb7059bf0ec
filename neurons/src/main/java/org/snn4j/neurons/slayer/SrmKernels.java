package org.snn4j.neurons.slayer;

import java.util.Arrays;

/**
 * The sampled SRM kernels of one {@link SrmParameters}: ε (PSP) and ν (refractory).
 *
 * <pre>
 * alpha(τ, m)[k] = m·(t/τ)·e^{1 − t/τ},   t = k·Ts,   k = 0, 1, …
 * ε = alpha(τ_sr, 1)          ν = alpha(τ_ref, −scaleRef·θ)
 * </pre>
 * Truncation as in slayerPytorch's {@code _calculateAlphaKernel}: sampling stops at the first
 * {@code k} with {@code t > τ} (past the peak) and {@code |value| < kernelEpsilon}, or at
 * {@code k = tSampleSteps}. Both kernels start with the sample 0 at {@code t = 0}: an input spike at
 * step {@code t0} first moves the membrane at {@code t0 + 1}. With the defaults ε has 77 taps and ν 11.
 *
 * @param epsilon ε[k], k = 0 … K−1 (a private copy; {@link #epsilon()} returns a copy)
 * @param nu      ν[k], k = 0 … L−1
 */
public record SrmKernels(double[] epsilon, double[] nu) {

    public SrmKernels {
        epsilon = epsilon.clone();
        nu = nu.clone();
    }

    /** The kernels of {@code p}. */
    public static SrmKernels of(SrmParameters p) {
        return new SrmKernels(alpha(p.tauSrMs(), 1.0, p),
                alpha(p.tauRefMs(), -p.scaleRef() * p.theta(), p));
    }

    /**
     * {@code mult·(t/τ)·e^{1−t/τ}} sampled at {@code t = k·Ts} and truncated as described above.
     *
     * @param tauMs time constant in ms
     * @param mult  amplitude (the value at the peak {@code t = τ})
     */
    public static double[] alpha(double tauMs, double mult, SrmParameters p) {
        double[] out = new double[p.tSampleSteps()];
        int n = 0;
        for (int k = 0; k < p.tSampleSteps(); k++) {
            double t = k * p.tsMs();
            double v = mult * t / tauMs * Math.exp(1 - t / tauMs);
            if (Math.abs(v) < p.kernelEpsilon() && t > tauMs) {
                break;
            }
            out[n++] = v;
        }
        return Arrays.copyOf(out, n);
    }

    @Override
    public double[] epsilon() {
        return epsilon.clone();
    }

    @Override
    public double[] nu() {
        return nu.clone();
    }

    /** K, the number of ε taps. */
    public int epsilonLength() {
        return epsilon.length;
    }

    /** L, the number of ν taps. */
    public int nuLength() {
        return nu.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SrmKernels k && Arrays.equals(epsilon, k.epsilon) && Arrays.equals(nu, k.nu);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(epsilon) + Arrays.hashCode(nu);
    }

    @Override
    public String toString() {
        return "SrmKernels[K=" + epsilon.length + ", L=" + nu.length + "]";
    }
}
