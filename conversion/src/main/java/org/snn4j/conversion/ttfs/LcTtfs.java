package org.snn4j.conversion.ttfs;

import java.util.ArrayList;
import java.util.List;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.nn.FlattenSpec;
import org.snn4j.autograd.nn.LayerSpec;
import org.snn4j.autograd.nn.SequentialSpec;
import org.snn4j.autograd.ops.LossFunctions;
import org.snn4j.autograd.train.Objective;

/**
 * LC-TTFS (Yang, Zhang, Wu, Tan and Li, "LC-TTFS: Towards Lossless Network Conversion for Spiking
 * Neural Networks with TTFS Coding", arXiv:2310.14978, 2023): the constrained ANN and its training
 * objective.
 *
 * <p>The ANN is {@code Flatten → (UnitSumLinear → ClippedReLU)+}: ReLU1 activations,
 * {@code Σ_j w_ij = 1} per neuron by reparameterisation, no bias, no BatchNorm (whose scale γ
 * would undo the weight constraint that eq. 15 relies on), θ = 1. Its output layer is also
 * ReLU1, so class scores lie in [0, 1] and the first output spike is the arg-max.
 */
public final class LcTtfs {
    private LcTtfs() {
    }

    /** {@code sizes = in, hidden…, classes}: Flatten, then UnitSumLinear + ReLU1 per layer. */
    public static SequentialSpec spec(int... sizes) {
        if (sizes.length < 2) {
            throw new IllegalArgumentException("LC-TTFS needs sizes in, [hidden…,] out; got " + sizes.length);
        }
        List<LayerSpec> layers = new ArrayList<>();
        layers.add(new FlattenSpec());
        for (int i = 1; i < sizes.length; i++) {
            layers.add(new UnitSumLinearSpec(sizes[i - 1], sizes[i]));
            layers.add(new ClippedReLUSpec());
        }
        return new SequentialSpec(layers);
    }

    /**
     * Cross-entropy on the ReLU1 outputs scaled by {@code temperature} (outputs in [0, 1] are too
     * flat a logit range for softmax); prediction is the arg-max, which is the first TTFS output spike.
     *
     * @param temperature logit scale, &gt; 0 (e.g. 10)
     */
    public static Objective objective(double temperature) {
        if (!(temperature > 0)) {
            throw new IllegalArgumentException("temperature must be > 0, got " + temperature);
        }
        return new Objective() {
            @Override
            public Tensor loss(Tensor output, int[] labels) {
                return LossFunctions.crossEntropy(output.mul(temperature), labels);
            }
        };
    }
}
