package org.snn4j.bench;

import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.nn.Linear;
import org.snn4j.autograd.nn.LinearSpec;
import org.snn4j.autograd.ops.Shapes;
import org.snn4j.autograd.optim.Optimizer;
import org.snn4j.autograd.optim.AdamSpec;
import org.snn4j.losses.CountCrossEntropy;
import org.snn4j.neurons.model.Readout;
import org.snn4j.neurons.model.ExecutionPath;
import org.snn4j.neurons.model.Firing;
import org.snn4j.neurons.model.Lif;
import org.snn4j.neurons.model.LifParameters;
import org.snn4j.neurons.model.NeuronTensors;
import org.snn4j.neurons.model.ResetMode;
import org.snn4j.neurons.surrogate.ATan;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code shared/bench/lif_mlp.py} workload, identically defined: Bernoulli input
 * {@code [T=25, B=128, 784]} with p = U(0, 0.26) per pixel (one draw reused over T), Linear(784,800)
 * → LIF(800) → Linear(800,10) → LIF(10), PyTorch default init ×2 and ×4, LIF
 * {@code h = 0.9·u + I; s = H(h − 1); u = h − s} (soft reset, detached), atan surrogate (α = 2),
 * cross-entropy on output spike counts, Adam lr 1e-3. {@link #step()} is one timed step:
 * zero_grad + forward + loss + backward + optimiser step.
 */
public final class LifMlpWorkload {
    public static final int T = 25;
    public static final int B = 128;
    public static final int NIN = 784;
    public static final int NH = 800;
    public static final int NOUT = 10;

    private final Linear fc1;
    private final Linear fc2;
    private final Lif lif = new Lif();
    private final LifParameters lifParameters;
    private final NeuronTensors lifTensors;
    private final Optimizer opt;
    private final Tensor x;
    private final int[] y;
    private final CountCrossEntropy loss = new CountCrossEntropy(false);

    public LifMlpWorkload(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        fc1 = (Linear) new LinearSpec(NIN, NH).build(rng);
        fc2 = (Linear) new LinearSpec(NH, NOUT).build(rng);
        fc1.namedParameters().get("weight").value().muli(2.0);
        fc2.namedParameters().get("weight").value().muli(4.0);
        Firing firing = Firing.defaults().withThreshold(1.0).withReset(ResetMode.SUBTRACT).withDetachReset(true)
                .withSurrogate(new ATan(2.0));
        lifParameters = new LifParameters(10.0, 1.0, false, firing);
        lifTensors = NeuronTensors.of(Map.of(), firing, DataType.FLOAT);
        Map<String, org.snn4j.autograd.nn.Parameter> params = new LinkedHashMap<>();
        fc1.namedParameters().forEach((k, v) -> params.put("fc1." + k, v));
        fc2.namedParameters().forEach((k, v) -> params.put("fc2." + k, v));
        opt = new AdamSpec(1e-3).build(params);
        float[] probs = new float[B * NIN];
        for (int i = 0; i < probs.length; i++) {
            probs[i] = (float) (0.26 * rng.nextDouble());
        }
        float[] spikes = new float[T * B * NIN];
        for (int t = 0; t < T; t++) {
            for (int i = 0; i < probs.length; i++) {
                spikes[t * probs.length + i] = rng.nextDouble() < probs[i] ? 1f : 0f;
            }
        }
        x = Tensor.constant(Nd4j.create(spikes, new long[] {T * B, NIN}, 'c'));
        y = new int[B];
        for (int i = 0; i < B; i++) {
            y[i] = rng.nextInt(NOUT);
        }
    }

    /** Output spikes {@code [T, B, 10]}. */
    public Tensor forward() {
        Tensor i1 = Shapes.reshape(fc1.forward(x), T, B, NH);
        Tensor s1 = lif(i1);
        Tensor i2 = Shapes.reshape(fc2.forward(Shapes.reshape(s1, T * B, NH)), T, B, NOUT);
        return lif(i2);
    }

    private Tensor lif(Tensor current) {
        return lif.sequence(current, null, lifParameters, lifTensors, ExecutionPath.FUSED, Readout.SPIKES).output();
    }

    /** One training step; returns the loss. */
    public double step() {
        opt.zeroGrad();
        Tensor l = loss.loss(forward(), y);
        l.backward();
        opt.step();
        return l.item();
    }

    /** Mean firing rate of the input (sanity: about 0.13). */
    public double inputRate() {
        return x.value().meanNumber().doubleValue();
    }

    INDArray inputs() {
        return x.value();
    }
}
