package org.snn4j.losses;

import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.ops.Arithmetic;
import org.snn4j.autograd.ops.Reductions;
import org.snn4j.autograd.temporal.ExponentialKernel;
import org.snn4j.autograd.temporal.TemporalKernel;

/**
 * SLAYER's spike-time loss, a van Rossum-type distance between the output and a target spike
 * train (Shrestha &amp; Orchard, NeurIPS 2018; the {@code SpikeTime} error of slayerPytorch).
 *
 * <pre>
 * f_out = F(s),  f_tgt = F(ŝ)                 F: causal filter with the kernel h (exponential or ε)
 * L     = ½ · Ts · Σ_{t,b,c} (f_out[t,b,c] − f_tgt[t,b,c])²        = ½ ∫ (F(s − ŝ))² dt
 * </pre>
 * {@code s} and {@code ŝ} are time-major {@code [T, B, C]} unit-spike trains; the sum runs over
 * the batch as in slayerPytorch (divide by {@code B} for a per-sample mean). Since F is linear,
 * it is applied once to {@code s − ŝ}. The gradient is exact (Toeplitz product, see
 * {@link TemporalKernel#filter}); with {@link ExponentialKernel} and τ this is ½·τ times the
 * squared {@link VanRossumDistance}.
 *
 * @param kernel the filter kernel h
 * @param tsMs   the step Ts in ms (the integral's dt), &gt; 0
 */
public record SpikeTime(TemporalKernel kernel, double tsMs) implements SpikeLoss {

    public SpikeTime {
        if (kernel == null) {
            throw new IllegalArgumentException("kernel must be a TemporalKernel, got null");
        }
        if (!(tsMs > 0) || Double.isInfinite(tsMs)) {
            throw new IllegalArgumentException("tsMs must be in (0, inf) ms, got " + tsMs);
        }
    }

    @Override
    public String name() {
        return "spike-time";
    }

    @Override
    public Tensor compute(Tensor output, LossTarget target) {
        return loss(output, target.spikeTrains());
    }

    /** The loss of {@code output} against the target train {@code target} (same shape and type). */
    public Tensor loss(Tensor output, Tensor target) {
        LossInputs.requireTimeMajor(name(), output);
        LossInputs.requireSameShape(name(), output, target);
        Tensor e = kernel.filter(Arithmetic.sub(output, target));
        return Arithmetic.mul(Reductions.sum(Arithmetic.mul(e, e)), 0.5 * tsMs);
    }
}
