package org.snn4j.neurons.slayer.layer;

import java.util.random.RandomGenerator;
import org.snn4j.autograd.nn.LayerSpec;

/**
 * Configuration of {@link SlayerDelay}. JSON type {@code "slayer-delay"}.
 *
 * @param size      number of delays: the neurons per sample (one delay each) or the channels
 *                  (one delay per channel, shared by its neurons), ≥ 1
 * @param learnable whether the delays are trained (a parameter) or fixed (a buffer)
 * @param initMs    smallest initial delay in ms, ≥ 0
 * @param spreadMs  initial delays are {@code initMs + U(0, spreadMs)}, ≥ 0 (slayerPytorch: 0 and 1)
 * @param tsMs      sampling time Ts in ms, &gt; 0
 */
public record SlayerDelaySpec(int size, boolean learnable, double initMs, double spreadMs, double tsMs)
        implements LayerSpec {

    public SlayerDelaySpec {
        LayerChecks.atLeast("SlayerDelaySpec", "size", size, 1);
        if (!(initMs >= 0) || Double.isInfinite(initMs)) {
            throw new IllegalArgumentException("SlayerDelaySpec.initMs = " + initMs + " must be in [0, +inf)");
        }
        if (!(spreadMs >= 0) || Double.isInfinite(spreadMs)) {
            throw new IllegalArgumentException("SlayerDelaySpec.spreadMs = " + spreadMs + " must be in [0, +inf)");
        }
        if (!(tsMs > 0) || Double.isInfinite(tsMs)) {
            throw new IllegalArgumentException("SlayerDelaySpec.tsMs = " + tsMs + " must be in (0, +inf)");
        }
    }

    /** A fixed delay of {@code delayMs} for all {@code size} entries (slayerPytorch's {@code delayShift}). */
    public static SlayerDelaySpec fixed(int size, double delayMs, double tsMs) {
        return new SlayerDelaySpec(size, false, delayMs, 0.0, tsMs);
    }

    /** Learnable delays initialised {@code U(0, 1) ms} (slayerPytorch's {@code delay} layer). */
    public static SlayerDelaySpec learnable(int size, double tsMs) {
        return new SlayerDelaySpec(size, true, 0.0, 1.0, tsMs);
    }

    @Override
    public SlayerDelay build(RandomGenerator rng) {
        return new SlayerDelay(this, rng);
    }
}
