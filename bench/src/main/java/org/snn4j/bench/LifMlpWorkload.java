package org.snn4j.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.TapeMemory;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.nn.Linear;
import org.snn4j.autograd.nn.LinearSpec;
import org.snn4j.autograd.ops.Shapes;
import org.snn4j.autograd.optim.Optimizer;
import org.snn4j.autograd.optim.AdamSpec;
import org.snn4j.losses.CountCrossEntropy;

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

    private final int steps;
    private final int batch;
    private final int hidden;
    private final Linear fc1;
    private final Linear fc2;
    private final Optimizer opt;
    private final Tensor x;
    private final int[] y;
    private final CountCrossEntropy loss = new CountCrossEntropy(false);

    /** The script's workload. */
    public LifMlpWorkload(long seed) {
        this(seed, T, B, NH);
    }

    /** The same network and data recipe at other sizes (tests use tiny ones). */
    public LifMlpWorkload(long seed, int steps, int batch, int hidden) {
        this.steps = steps;
        this.batch = batch;
        this.hidden = hidden;
        SplittableRandom rng = new SplittableRandom(seed);
        fc1 = (Linear) new LinearSpec(NIN, hidden).build(rng);
        fc2 = (Linear) new LinearSpec(hidden, NOUT).build(rng);
        fc1.namedParameters().get("weight").value().muli(2.0);
        fc2.namedParameters().get("weight").value().muli(4.0);
        Map<String, org.snn4j.autograd.nn.Parameter> params = new LinkedHashMap<>();
        fc1.namedParameters().forEach((k, v) -> params.put("fc1." + k, v));
        fc2.namedParameters().forEach((k, v) -> params.put("fc2." + k, v));
        opt = new AdamSpec(1e-3).build(params);
        float[] probs = new float[batch * NIN];
        for (int i = 0; i < probs.length; i++) {
            probs[i] = (float) (0.26 * rng.nextDouble());
        }
        float[] spikes = new float[steps * batch * NIN];
        for (int t = 0; t < steps; t++) {
            for (int i = 0; i < probs.length; i++) {
                spikes[t * probs.length + i] = rng.nextDouble() < probs[i] ? 1f : 0f;
            }
        }
        x = Tensor.constant(Nd4j.create(spikes, new long[] {(long) steps * batch, NIN}, 'c'));
        y = new int[batch];
        for (int i = 0; i < batch; i++) {
            y[i] = rng.nextInt(NOUT);
        }
    }

    /** Output spikes {@code [T, B, 10]}. */
    public Tensor forward() {
        Tensor i1 = Shapes.reshape(fc1.forward(x), steps, batch, hidden);
        Tensor s1 = ReferenceLif.spikes(i1);
        Tensor i2 = Shapes.reshape(fc2.forward(Shapes.reshape(s1, (long) steps * batch, hidden)), steps, batch, NOUT);
        return ReferenceLif.spikes(i2);
    }

    /** The phases {@link #phases} times, in its order. */
    public static final String[] PHASES = {"fc1", "lif1", "fc2", "lif2", "loss", "backward", "optimiser"};

    /**
     * One training step, as {@link #step()}, timed phase by phase: the wall milliseconds of the fc1
     * product, its LIF, the fc2 product, its LIF, the loss, the backward pass and the optimiser step
     * ({@link #PHASES}; zeroing the gradients is counted with the optimiser). A diagnostic: the phase
     * boundaries are where {@link #forward()} hands one tensor to the next op.
     */
    public double[] phases() {
        double[] ms = new double[PHASES.length];
        long t = System.nanoTime();
        opt.zeroGrad();
        t = lap(ms, 6, t);
        Tensor i1 = Shapes.reshape(fc1.forward(x), steps, batch, hidden);
        t = lap(ms, 0, t);
        Tensor s1 = ReferenceLif.spikes(i1);
        t = lap(ms, 1, t);
        Tensor i2 = Shapes.reshape(fc2.forward(Shapes.reshape(s1, (long) steps * batch, hidden)), steps, batch, NOUT);
        t = lap(ms, 2, t);
        Tensor out = ReferenceLif.spikes(i2);
        t = lap(ms, 3, t);
        Tensor l = loss.loss(out, y);
        t = lap(ms, 4, t);
        l.backward();
        t = lap(ms, 5, t);
        opt.step();
        l.item();
        lap(ms, 6, t);
        return ms;
    }

    private static long lap(double[] ms, int phase, long since) {
        long now = System.nanoTime();
        ms[phase] += (now - since) / 1e6;
        return now;
    }

    /** One training step; returns the loss. */
    public double step() {
        opt.zeroGrad();
        Tensor l = loss.loss(forward(), y);
        l.backward();
        opt.step();
        return l.item();
    }

    /** The parameter gradients of one forward + backward (no update), by name. */
    public Map<String, INDArray> gradients() {
        opt.zeroGrad();
        loss.loss(forward(), y).backward();
        Map<String, INDArray> out = new LinkedHashMap<>();
        opt.parameters().forEach((k, p) -> out.put(k, p.grad().dup()));
        return out;
    }

    /** Mean firing rate of the input (sanity: about 0.13). */
    public double inputRate() {
        return x.value().meanNumber().doubleValue();
    }

    /**
     * Bytes the tape of one forward pass keeps for BPTT (parameters and the input excluded), per
     * spiking neuron per time step: {@code retained / }{@link #neuronSteps()}, the figure
     * {@code shared/bench/bptt_memory.py} prints (about 8 B for PyTorch's best variants).
     */
    public TapeMemory.Retained bpttMemory() {
        opt.zeroGrad();
        Tensor l = loss.loss(forward(), y);
        List<INDArray> excluded = new ArrayList<>();
        excluded.add(x.value());
        opt.parameters().values().forEach(p -> excluded.add(p.value()));
        return TapeMemory.retained(l, excluded);
    }

    /** Spiking neuron-steps of one batch: {@code T·B·(800 + 10)} at the script's sizes. */
    public long neuronSteps() {
        return (long) steps * batch * (hidden + NOUT);
    }

    INDArray inputs() {
        return x.value();
    }
}
