package org.snn4j.neurons.slayer.layer;

import java.util.random.RandomGenerator;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.nn.Parameter;
import org.snn4j.autograd.nn.init.Init;
import org.snn4j.neurons.layers.NeuronLayer;
import org.snn4j.neurons.layers.NeuronLayerSpec;
import org.snn4j.neurons.slayer.SrmNeuron;
import org.snn4j.neurons.slayer.SrmParameters;

/**
 * A SLAYER layer: a stateless synapse run once over all T·B frames, then the SRM neuron
 * (slayerPytorch's {@code dense}/{@code conv}/{@code pool} followed by {@code psp} and
 * {@code spike}).
 *
 * <pre>
 * a = synapse(x)      {@link #drive}: [T, B, ...] in, [T, B, ...] out
 * s = SRM(a)          {@link SrmNeuron}: ε filter, then the spike/refractory loop
 * </pre>
 * The neuron is the common {@link NeuronLayer} of the registered model {@code "srm"} (fused path,
 * spike output), the child module {@code "neuron"}.
 */
public abstract class SrmLayer extends Module {
    private final NeuronLayer neuron;

    protected SrmLayer(SrmParameters p) {
        neuron = registerModule("neuron", new NeuronLayer(new NeuronLayerSpec(p)));
    }

    /**
     * Registers the learnable {@code weight} of {@code shape}, initialised like PyTorch
     * ({@code U(−1/√fanIn, 1/√fanIn)}) times SLAYER's {@code weightScale}.
     */
    protected Parameter scaledWeight(long[] shape, double weightScale, RandomGenerator rng) {
        Parameter w = registerParameter("weight", Nd4j.zeros(DataType.FLOAT, shape));
        Init.pytorchDefault(w.value(), null, rng);
        w.value().muli(weightScale);
        return w;
    }

    /** The layer's neuron layer. */
    public NeuronLayer neuron() {
        return neuron;
    }

    /** The synaptic drive {@code a} of the input, without the neuron (for inspection). */
    public abstract Tensor drive(Tensor x);

    @Override
    public Tensor forward(Tensor x) {
        return neuron.forward(drive(x));
    }
}
