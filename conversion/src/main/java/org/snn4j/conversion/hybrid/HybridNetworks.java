package org.snn4j.conversion.hybrid;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.nn.AvgPool2dSpec;
import org.snn4j.autograd.nn.Conv2d;
import org.snn4j.autograd.nn.Conv2dSpec;
import org.snn4j.autograd.nn.FlattenSpec;
import org.snn4j.autograd.nn.Linear;
import org.snn4j.autograd.nn.LinearSpec;
import org.snn4j.autograd.nn.MaxPool2dSpec;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.nn.Sequential;
import org.snn4j.autograd.train.InMemoryBatchSource.BatchTransform;
import org.snn4j.conversion.SpikingNetwork;
import org.snn4j.conversion.network.AvgPoolOp;
import org.snn4j.conversion.network.ConvOp;
import org.snn4j.conversion.network.DenseOp;
import org.snn4j.conversion.network.FlattenOp;
import org.snn4j.conversion.network.MaxPoolGateOp;
import org.snn4j.conversion.network.Stage;
import org.snn4j.conversion.network.SynapseOp;
import org.snn4j.conversion.norm.ApplyMode;
import org.snn4j.neurons.model.Readout;
import org.snn4j.neurons.layers.NeuronLayerSpec;
import org.snn4j.neurons.model.Firing;
import org.snn4j.neurons.model.IfParameters;
import org.snn4j.neurons.model.ResetMode;

/**
 * Conversion as initialisation (hybrid training, Rathi et al. 2020): a weight-normalised converted
 * network becomes a trainable spiking network of {@code org.snn4j.neurons.layers} over time-major
 * {@code [T, B, …]} input, to be fine-tuned with surrogate-gradient BPTT at a small T.
 *
 * <pre>
 * converted stage l                 →  trainable layers
 * pre-ops, W^l·λ^{l−1}/λ^l, b^l/λ^l →  Flatten(2) / AvgPool2d / MaxPool2d, Linear or Conv2d with those weights
 * IF neurons, V_thr = 1, soft reset →  the given neuron spec with θ = 1 and reset by subtraction
 * output layer                      →  IF with no reset and MEMBRANE readout: h[t] = Σ_{t'≤t} z^L(t')
 * </pre>
 * With an IF hidden spec the untrained hybrid network computes exactly what the converted network
 * computes with constant input and membrane readout; a LIF spec adds leak (a different, trainable
 * approximation). A converted max-pool gate becomes a plain {@code MaxPool2d} of the spikes (an OR
 * over the window), which is differentiable but not the gate.
 */
public final class HybridNetworks {
    private HybridNetworks() {
    }

    /**
     * @param snn    a converted network in {@link ApplyMode#WEIGHTS} mode (thresholds 1)
     * @param hidden the neuron of every hidden layer (its firing is replaced by θ = 1, subtraction
     *               reset, keeping its surrogate); e.g. {@code NeuronLayerSpec.of("if")} or {@code NeuronLayerSpec.of("lif")}
     */
    public static Sequential initialise(SpikingNetwork snn, NeuronLayerSpec hidden) {
        if (snn.mode() != ApplyMode.WEIGHTS) {
            throw new IllegalArgumentException("hybrid initialisation needs weight normalisation (ApplyMode.WEIGHTS): "
                    + "a neurons.layers layer has one threshold and sends unit spikes");
        }
        Firing firing = hidden.firing().withThreshold(1.0).withReset(ResetMode.SUBTRACT);
        NeuronLayerSpec neuron = hidden.withFiring(firing);
        NeuronLayerSpec output = new NeuronLayerSpec(new IfParameters(firing.withReset(ResetMode.NONE)), 1,
                hidden.path(), Readout.MEMBRANE);
        List<Module> layers = new ArrayList<>();
        List<Stage> stages = snn.network().stages();
        for (int l = 0; l < stages.size(); l++) {
            for (SynapseOp op : stages.get(l).ops()) {
                layers.add(module(op));
            }
            layers.add((l == stages.size() - 1 ? output : neuron).build(new SplittableRandom(0)));
        }
        return new Sequential(layers.toArray(new Module[0]));
    }

    private static Module module(SynapseOp op) {
        SplittableRandom rng = new SplittableRandom(0);
        if (op instanceof DenseOp d) {
            Linear l = new LinearSpec(d.inputChannels(), d.outputChannels(), d.bias() != null).build(rng);
            l.weight().assign(d.weight());
            if (d.bias() != null) {
                l.bias().assign(d.bias());
            }
            return l;
        } else if (op instanceof ConvOp c) {
            Conv2d m = new Conv2dSpec(c.inputChannels(), c.outputChannels(), (int) c.weight().size(2), c.stride(),
                    c.padding(), c.dilation(), c.bias() != null).build(rng);
            m.weight().assign(c.weight());
            if (c.bias() != null) {
                m.bias().assign(c.bias());
            }
            return m;
        } else if (op instanceof AvgPoolOp p) {
            return new AvgPool2dSpec(p.kernelSize(), p.stride(), p.padding()).build(rng);
        } else if (op instanceof MaxPoolGateOp p) {
            return new MaxPool2dSpec(p.kernelSize(), p.stride(), p.padding()).build(rng);
        } else if (op instanceof FlattenOp) {
            return new FlattenSpec(2).build(rng);
        }
        throw new IllegalArgumentException("no trainable layer for " + op.describe());
    }

    /** Input transform: a batch {@code [B, …]} becomes the constant current {@code [T, B, …]}. */
    public static BatchTransform repeatOverTime(int timesteps) {
        if (timesteps < 1) {
            throw new IllegalArgumentException("timesteps must be >= 1, got " + timesteps);
        }
        return (raw, rng) -> repeat(raw, timesteps);
    }

    /** {@code x [B, …]} repeated as {@code [T, B, …]}. */
    public static INDArray repeat(INDArray x, int timesteps) {
        long[] s = x.shape();
        long[] one = new long[s.length + 1];
        one[0] = 1;
        System.arraycopy(s, 0, one, 1, s.length);
        long[] full = one.clone();
        full[0] = timesteps;
        return x.reshape(one).repeat(0, timesteps).reshape(full);
    }
}
