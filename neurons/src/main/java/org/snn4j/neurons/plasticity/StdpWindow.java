package org.snn4j.neurons.plasticity;

/**
 * The exponential STDP window of Bi &amp; Poo (1998), in the pair form of Song, Miller &amp; Abbott (2000):
 *
 * <pre>
 * W(Δt) = A_pre · e^(−Δt/τ_pre)    Δt = t_post − t_pre &gt; 0   (pre before post: potentiation)
 * W(Δt) = A_post · e^( Δt/τ_post)  Δt &lt; 0                      (post before pre: depression)
 * W(0)  = A_pre + A_post                                         (same time step: both branches)
 * </pre>
 * {@code A_post} is usually negative. The online form keeps a presynaptic trace that jumps by
 * {@code A_pre} and decays with {@code τ_pre}, and a postsynaptic trace that jumps by {@code A_post}
 * and decays with {@code τ_post}; a post spike adds the pre trace to the weight, a pre spike adds
 * the post trace. In discrete time both traces include the current step's spikes, which is why
 * {@code W(0)} counts both branches (as SpikingJelly's {@code STDPLearner} and BindsNET do).
 *
 * @param aPre      potentiation amplitude {@code A_pre} (weight units per pair)
 * @param aPost     depression amplitude {@code A_post} (weight units per pair, usually &lt; 0)
 * @param tauPreMs  presynaptic trace time constant {@code τ_pre} in ms, &gt; 0
 * @param tauPostMs postsynaptic trace time constant {@code τ_post} in ms, &gt; 0
 */
public record StdpWindow(double aPre, double aPost, double tauPreMs, double tauPostMs) {

    public StdpWindow {
        if (!Double.isFinite(aPre) || !Double.isFinite(aPost)) {
            throw new IllegalArgumentException("StdpWindow.aPre/aPost must be finite, got " + aPre + ", " + aPost);
        }
        if (!(tauPreMs > 0) || !(tauPostMs > 0) || Double.isInfinite(tauPreMs) || Double.isInfinite(tauPostMs)) {
            throw new IllegalArgumentException("StdpWindow.tauPreMs/tauPostMs must be in (0, inf), got "
                    + tauPreMs + ", " + tauPostMs);
        }
    }

    /** {@code W(Δt)} for {@code Δt = t_post − t_pre} in ms. */
    public double w(double deltaTMs) {
        if (deltaTMs > 0) {
            return aPre * Math.exp(-deltaTMs / tauPreMs);
        }
        if (deltaTMs < 0) {
            return aPost * Math.exp(deltaTMs / tauPostMs);
        }
        return aPre + aPost;
    }

    /** Per-step decay {@code e^(−dt/τ_pre)} of the presynaptic trace. */
    public double preDecay(double dtMs) {
        return Math.exp(-dtMs / tauPreMs);
    }

    /** Per-step decay {@code e^(−dt/τ_post)} of the postsynaptic trace. */
    public double postDecay(double dtMs) {
        return Math.exp(-dtMs / tauPostMs);
    }
}
