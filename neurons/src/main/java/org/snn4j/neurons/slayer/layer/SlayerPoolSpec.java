package org.snn4j.neurons.slayer.layer;

import java.util.random.RandomGenerator;
import org.snn4j.autograd.nn.LayerSpec;
import org.snn4j.neurons.slayer.SrmParameters;

/**
 * Configuration of {@link SlayerPool}. JSON type {@code "slayer-pool"}.
 *
 * @param kernelSize  pooling window height = width, ≥ 1
 * @param stride      ≥ 1 (SLAYER's default: the kernel size)
 * @param weightScale the fixed pooling weight in units of θ, &gt; 0 (SLAYER: 1.1, i.e. weight 1.1·θ)
 * @param neuron      the SRM neuron of the layer
 */
public record SlayerPoolSpec(int kernelSize, int stride, double weightScale, SrmParameters neuron) implements LayerSpec {
    /** SLAYER's pooling weight 1.1·θ: one input spike in the window is enough to fire. */
    public static final double DEFAULT_WEIGHT_SCALE = 1.1;

    public SlayerPoolSpec {
        LayerChecks.atLeast("SlayerPoolSpec", "kernelSize", kernelSize, 1);
        LayerChecks.atLeast("SlayerPoolSpec", "stride", stride, 1);
        LayerChecks.weightScale("SlayerPoolSpec", weightScale);
        LayerChecks.neuron("SlayerPoolSpec", neuron);
    }

    /** Stride = kernel size, weight 1.1·θ. */
    public SlayerPoolSpec(int kernelSize, SrmParameters neuron) {
        this(kernelSize, kernelSize, DEFAULT_WEIGHT_SCALE, neuron);
    }

    @Override
    public SlayerPool build(RandomGenerator rng) {
        return new SlayerPool(this);
    }
}
