package org.snn4j.neurons.slayer;

import org.snn4j.autograd.temporal.SrmAlphaKernel;
import org.snn4j.neurons.model.Firing;
import org.snn4j.neurons.model.NeuronParameters;
import org.snn4j.neurons.model.ResetMode;
import org.snn4j.neurons.surrogate.SlayerPdf;

/**
 * Parameters of SLAYER's spike response model (SRM-α) neuron and its spike-escape gradient
 * (Shrestha &amp; Orchard 2018, eqs. 1–6; the names follow slayerPytorch's {@code neuron} and
 * {@code simulation} descriptors).
 *
 * <pre>
 * PSP kernel        ε(t) = (t/τ_sr)·e^{1 − t/τ_sr}                   (dimensionless, peak 1 at t = τ_sr)
 * refractory kernel ν(t) = −scaleRef·θ·(t/τ_ref)·e^{1 − t/τ_ref}      (membrane units, peak −scaleRef·θ)
 * membrane          u(t) = Σ_j W_ij (ε ∗ s_j)(t) + (ν ∗ s_i)(t),   spike when u(t) ≥ θ
 * spike density     ρ(u) = pdf.factor·scaleRho/(tauRho·θ) · exp(−|u − θ|/(tauRho·θ))
 * </pre>
 * Kernels are sampled at {@code t = k·Ts} and truncated as slayerPytorch does ({@link #epsilon()},
 * {@link #nu()}: {@link SrmAlphaKernel}); ρ is {@link #surrogate()}. Spikes are 0/1 per step here (slayerPytorch stores 1/Ts); with that
 * convention the backward pass uses {@code ∂s/∂u = Ts·ρ(u)}, which reproduces slayerPytorch's
 * gradients for every Ts (equal when Ts = 1 ms).
 *
 * <p>As the parameters record of the registered neuron model {@code "srm"} ({@link SrmNeuron}),
 * its {@link #firing()} is derived, not stored: threshold θ, reset {@link ResetMode#NONE} (the
 * SRM has no reset rule; the refractory kernel ν plays its part), {@code detachReset} (ν acts on
 * the detached spike, SLAYER's approximation), the surrogate ρ and a fixed θ (ν and ρ scale with
 * it, so it is neither learnable nor per channel). {@link #withFiring} takes exactly these.
 *
 * @param theta         firing threshold θ in membrane units (mV in the paper), &gt; 0
 * @param tauSrMs       PSP time constant τ_sr in ms, &gt; 0
 * @param tauRefMs      refractory time constant τ_ref in ms, &gt; 0
 * @param scaleRef      refractory strength relative to θ, ≥ 0 (0 disables refractoriness)
 * @param tauRho        width of ρ relative to θ, &gt; 0 (slayerPytorch's {@code tauRho})
 * @param scaleRho      height scale of ρ, &gt; 0 (slayerPytorch's {@code scaleRho})
 * @param tsMs          sampling time Ts in ms, &gt; 0
 * @param tSampleSteps  sample length in steps, ≥ 1; kernels never exceed it
 * @param kernelEpsilon truncation tolerance, &gt; 0: a kernel stops at the first sample after its
 *                      peak whose magnitude is below it (absolute, in the kernel's units;
 *                      slayerPytorch's EPSILON = 0.01)
 * @param pdf           which scale of ρ to use ({@link PdfVariant#SLAYER_PYTORCH} by default)
 */
public record SrmParameters(double theta, double tauSrMs, double tauRefMs, double scaleRef, double tauRho,
                            double scaleRho, double tsMs, int tSampleSteps, double kernelEpsilon,
                            PdfVariant pdf) implements NeuronParameters {
    /** slayerPytorch's kernel truncation tolerance. */
    public static final double DEFAULT_KERNEL_EPSILON = 0.01;

    public SrmParameters {
        positive("theta", theta);
        positive("tauSrMs", tauSrMs);
        positive("tauRefMs", tauRefMs);
        if (!(scaleRef >= 0) || Double.isInfinite(scaleRef)) {
            throw new IllegalArgumentException("SrmParameters.scaleRef = " + scaleRef + " must be in [0, +inf)");
        }
        positive("tauRho", tauRho);
        positive("scaleRho", scaleRho);
        positive("tsMs", tsMs);
        if (tSampleSteps < 1) {
            throw new IllegalArgumentException("SrmParameters.tSampleSteps = " + tSampleSteps + " must be >= 1");
        }
        positive("kernelEpsilon", kernelEpsilon);
        if (pdf == null) {
            throw new IllegalArgumentException("SrmParameters.pdf must be one of SLAYER_PYTORCH, LAVA_DL");
        }
    }

    /** The tolerance {@value #DEFAULT_KERNEL_EPSILON} and {@link PdfVariant#SLAYER_PYTORCH}. */
    public SrmParameters(double theta, double tauSrMs, double tauRefMs, double scaleRef, double tauRho,
                         double scaleRho, double tsMs, int tSampleSteps) {
        this(theta, tauSrMs, tauRefMs, scaleRef, tauRho, scaleRho, tsMs, tSampleSteps, DEFAULT_KERNEL_EPSILON,
                PdfVariant.SLAYER_PYTORCH);
    }

    /**
     * slayerPytorch's N-MNIST neuron: θ = 10, τ_sr = 10 ms, τ_ref = 1 ms, scaleRef = 2, tauRho = 1,
     * scaleRho = 1, Ts = 1 ms, 300 steps (ε has 77 taps, ν 11).
     */
    public static SrmParameters defaults() {
        return new SrmParameters(10.0, 10.0, 1.0, 2.0, 1.0, 1.0, 1.0, 300);
    }

    /** A copy with another density scale and width. */
    public SrmParameters withRho(double newTauRho, double newScaleRho) {
        return new SrmParameters(theta, tauSrMs, tauRefMs, scaleRef, newTauRho, newScaleRho, tsMs, tSampleSteps,
                kernelEpsilon, pdf);
    }

    /** A copy with another density variant. */
    public SrmParameters withPdf(PdfVariant variant) {
        return new SrmParameters(theta, tauSrMs, tauRefMs, scaleRef, tauRho, scaleRho, tsMs, tSampleSteps,
                kernelEpsilon, variant);
    }

    /** A copy with another threshold. */
    public SrmParameters withTheta(double newTheta) {
        return new SrmParameters(newTheta, tauSrMs, tauRefMs, scaleRef, tauRho, scaleRho, tsMs, tSampleSteps,
                kernelEpsilon, pdf);
    }

    /** The PSP kernel ε: SRM-α with amplitude 1 and time constant τ_sr. */
    public SrmAlphaKernel epsilon() {
        return new SrmAlphaKernel(tauSrMs, tsMs, 1.0, kernelEpsilon, tSampleSteps);
    }

    /** The refractory kernel ν: SRM-α with amplitude −scaleRef·θ and time constant τ_ref. */
    public SrmAlphaKernel nu() {
        return new SrmAlphaKernel(tauRefMs, tsMs, -scaleRef * theta, kernelEpsilon, tSampleSteps);
    }

    /**
     * The backward factor {@code ∂s/∂u = Ts·ρ(u)} for 0/1 spikes (see the class comment) as a
     * surrogate of {@code x = u − θ}: {@link SlayerPdf} with {@code scaleRho' = pdf.factor·scaleRho·Ts}.
     */
    public SlayerPdf surrogate() {
        return new SlayerPdf(pdf.factor() * scaleRho * tsMs, tauRho, theta);
    }

    /**
     * The firing settings this SRM neuron has (see the class comment): θ, no reset rule, the
     * refractory response on the detached spike, ρ as the surrogate, θ fixed.
     */
    @Override
    public Firing firing() {
        return new Firing(theta, ResetMode.NONE, 0.0, true, surrogate(), false);
    }

    /**
     * These parameters with the threshold and density of {@code f}. {@code f} must be SRM firing:
     * reset {@code NONE} with {@code vReset = 0} and {@code detachReset}, a fixed θ and the
     * {@code slayer-pdf} surrogate. A surrogate equal to {@link #surrogate()} keeps tauRho and
     * scaleRho (relative to the new θ); another one is converted exactly: same ρ(u − θ).
     */
    @Override
    public SrmParameters withFiring(Firing f) {
        if (f.reset() != ResetMode.NONE || f.vReset() != 0.0 || !f.detachReset()) {
            throw new IllegalArgumentException("srm: firing.reset must be NONE with vReset 0 and detachReset true "
                    + "(the refractory kernel nu, on the detached spike, is the SRM's reset), got " + f.reset()
                    + " vReset " + f.vReset() + " detachReset " + f.detachReset());
        }
        if (f.learnableThreshold()) {
            throw new IllegalArgumentException("srm: firing.learnableThreshold must be false (nu and rho scale with "
                    + "the threshold theta)");
        }
        if (!(f.surrogate() instanceof SlayerPdf rho)) {
            throw new IllegalArgumentException("srm: firing.surrogate must be " + SlayerPdf.NAME
                    + " (SLAYER's rho), got " + f.surrogate().name());
        }
        SrmParameters p = withTheta(f.threshold());
        if (rho.equals(surrogate())) {
            return p;
        }
        return p.withRho(rho.tauRho() * rho.theta() / f.threshold(), rho.scaleRho() / (pdf.factor() * tsMs));
    }

    /**
     * The steps of history a state keeps, {@code H = max(K, L) − 1} (at least 1) for K ε taps and
     * L ν taps: what the past still adds to the next H membranes.
     */
    public int historySteps() {
        return Math.max(1, Math.max(epsilon().taps().length, nu().taps().length) - 1);
    }

    private static void positive(String field, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("SrmParameters." + field + " = " + v + " must be in (0, +inf)");
        }
    }
}
