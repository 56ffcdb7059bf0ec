package org.snn4j.neurons.encoding;

import java.util.random.RandomGenerator;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Rate coding by a true homogeneous Poisson process per input: spike times are cumulative sums of
 * exponential inter-spike intervals (Commons Math {@link ExponentialDistribution} drawing from the
 * caller's generator), then binned to steps.
 *
 * <pre>
 * τ_k ~ Exp(mean 1000/r ms),  t_k = τ_1 + … + τ_k,   keep t_k &lt; T·dt
 * bin(t_k) = ⌊t_k / dt⌋
 * binary: s[t, i] = 1 if some spike falls in bin t      P = 1 − exp(−r·dt/1000)
 * counts: s[t, i] = number of spikes in bin t            ~ Poisson(r·dt/1000)
 * </pre>
 * The total count over the window is Poisson(r·T·dt/1000) in counts mode. A rate of 0 gives no
 * spikes. Inputs are processed in row-major order, each drawing its intervals until it passes the
 * end of the window.
 *
 * @param dtMs   the step length in ms, &gt; 0
 * @param binary whether several spikes in one step count as one (a spike tensor) or are summed
 */
public record PoissonProcessEncoder(double dtMs, boolean binary) implements Encoder {
    private static final String NAME = "PoissonProcessEncoder";

    public PoissonProcessEncoder {
        if (!(dtMs > 0) || Double.isInfinite(dtMs)) {
            throw new IllegalArgumentException(NAME + ".dtMs must be in (0, +inf), got " + dtMs);
        }
    }

    /** Binary spikes per step. */
    public PoissonProcessEncoder(double dtMs) {
        this(dtMs, true);
    }

    /** @param input firing rates in Hz, each in [0, +inf) */
    @Override
    public INDArray encode(INDArray input, int steps, RandomGenerator rng) {
        EncoderInputs.checkSteps(NAME, steps);
        EncoderInputs.checkRng(NAME, rng);
        double[] rates = EncoderInputs.values(NAME, "rate (Hz)", input, 0, Double.MAX_VALUE);
        int n = rates.length;
        float[] out = new float[EncoderInputs.length(NAME, steps, n)];
        ExponentialDistribution unit = new ExponentialDistribution(new CommonsRandom(rng), 1.0);
        double windowMs = steps * dtMs;
        for (int i = 0; i < n; i++) {
            if (rates[i] == 0) {
                continue;
            }
            double meanIntervalMs = 1000.0 / rates[i];
            for (double t = unit.sample() * meanIntervalMs; t < windowMs; t += unit.sample() * meanIntervalMs) {
                int bin = Math.min(steps - 1, (int) (t / dtMs));
                int k = bin * n + i;
                out[k] = binary ? 1f : out[k] + 1f;
            }
        }
        return EncoderInputs.timeMajor(out, steps, input.shape());
    }
}
