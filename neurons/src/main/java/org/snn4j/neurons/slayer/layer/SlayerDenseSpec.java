package org.snn4j.neurons.slayer.layer;

import java.util.random.RandomGenerator;
import org.snn4j.autograd.nn.LayerSpec;
import org.snn4j.neurons.slayer.SrmParameters;

/**
 * Configuration of {@link SlayerDense}. JSON type {@code "slayer-dense"}.
 *
 * @param in          input neurons per sample (the product of the trailing input dimensions), ≥ 1
 * @param out         output neurons, ≥ 1
 * @param weightScale SLAYER's {@code weightScale}: the PyTorch-default initial weights
 *                    {@code U(−1/√in, 1/√in)} are multiplied by it; &gt; 0 (slayerPytorch's dense default: 10)
 * @param neuron      the SRM neuron of the layer
 */
public record SlayerDenseSpec(int in, int out, double weightScale, SrmParameters neuron) implements LayerSpec {
    /** slayerPytorch's default {@code weightScale} of {@code dense}. */
    public static final double DEFAULT_WEIGHT_SCALE = 10.0;

    public SlayerDenseSpec {
        if (in < 1) {
            throw new IllegalArgumentException("SlayerDenseSpec.in must be >= 1, got " + in);
        }
        if (out < 1) {
            throw new IllegalArgumentException("SlayerDenseSpec.out must be >= 1, got " + out);
        }
        LayerChecks.weightScale("SlayerDenseSpec", weightScale);
        LayerChecks.neuron("SlayerDenseSpec", neuron);
    }

    /** With {@link #DEFAULT_WEIGHT_SCALE}. */
    public SlayerDenseSpec(int in, int out, SrmParameters neuron) {
        this(in, out, DEFAULT_WEIGHT_SCALE, neuron);
    }

    @Override
    public SlayerDense build(RandomGenerator rng) {
        return new SlayerDense(this, rng);
    }
}
