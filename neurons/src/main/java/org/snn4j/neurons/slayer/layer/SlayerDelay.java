package org.snn4j.neurons.slayer.layer;

import java.util.random.RandomGenerator;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.nn.init.Init;
import org.snn4j.autograd.temporal.DelayShift;

/**
 * SLAYER's axonal delay layer: shifts each neuron's (or channel's) spike train later by a
 * real-valued delay in ms ({@link DelayShift}: linear interpolation between steps, gradient
 * {@code −(∂x/∂t)·g} for the delay).
 *
 * <p>Learnable delays are the parameter {@code delay} {@code [size]}; fixed ones the buffer
 * {@code delay} (saved in checkpoints, not trained). Initial values {@code initMs + U(0, spreadMs)}.
 * Input {@code [T, B, ...]} with {@code size} neurons per sample or {@code size} channels;
 * output the same shape. Keep learned delays non-negative if causality matters (SLAYER's examples
 * clamp them after each step).
 */
public class SlayerDelay extends Module {
    private final SlayerDelaySpec spec;

    public SlayerDelay(SlayerDelaySpec spec, RandomGenerator rng) {
        this.spec = spec;
        INDArray d = Nd4j.zeros(DataType.FLOAT, spec.size());
        Init.uniform(d, spec.initMs(), spec.initMs() + spec.spreadMs(), rng);
        if (spec.learnable()) {
            registerParameter("delay", d);
        } else {
            registerBuffer("delay", d);
        }
    }

    /** The delays in ms, as a tensor (a trainable parameter when learnable). */
    public Tensor delayMs() {
        return spec.learnable() ? param("delay") : Tensor.constant(buffer("delay"));
    }

    @Override
    public Tensor forward(Tensor x) {
        return DelayShift.apply(x, delayMs(), spec.tsMs());
    }

    @Override
    public SlayerDelaySpec spec() {
        return spec;
    }
}
