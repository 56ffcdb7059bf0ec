package org.snn4j.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.nn.AvgPool2d;
import org.snn4j.autograd.nn.AvgPool2dSpec;
import org.snn4j.autograd.nn.Conv2d;
import org.snn4j.autograd.nn.Conv2dSpec;
import org.snn4j.autograd.nn.Linear;
import org.snn4j.autograd.nn.LinearSpec;
import org.snn4j.autograd.nn.Parameter;
import org.snn4j.autograd.ops.Shapes;
import org.snn4j.autograd.optim.AdamSpec;
import org.snn4j.autograd.optim.Optimizer;
import org.snn4j.losses.CountCrossEntropy;

/**
 * The {@code shared/bench/conv_nmnist.py} workload, identically defined:
 *
 * <pre>
 * input   [T = 16, B = 32, 2, 34, 34] binary events, Bernoulli p = 0.03, drawn once; labels uniform 0..9
 * net     Conv2d(2→12, 5×5) → LIF → AvgPool2d(2) → Conv2d(12→64, 5×5) → LIF → AvgPool2d(2)
 *         → flatten (64·5·5 = 1600) → Linear(1600→10) → LIF;  34 → 30 → 15 → 11 → 5
 *         PyTorch default init, weights ×6 / ×4 / ×8 (conv1 / conv2 / fc), biases on
 * LIF     {@link ReferenceLif}: h = 0.9·u + I, s = H(h − 1), u = h − s (detached), atan α = 2
 * loss    cross-entropy(Σ_t s_out[t], label);  Adam lr 1e-3
 * </pre>
 * Convolutions, pooling and the linear layer run on all {@code T·B} frames at once (the script's
 * multistep configs); each LIF layer is one fused node over the sequence. {@link #step()} is one
 * timed step: zero_grad + forward + loss + backward + optimiser step.
 */
public final class ConvNmnistWorkload {
    public static final int T = 16;
    public static final int B = 32;
    public static final int SIDE = 34;
    public static final double INPUT_DENSITY = 0.03;

    private final Conv2d conv1;
    private final Conv2d conv2;
    private final Linear fc;
    private final AvgPool2d pool = new AvgPool2dSpec(2).build(null);
    private final Optimizer opt;
    private final Tensor x;
    private final int[] y;
    private final CountCrossEntropy loss = new CountCrossEntropy(false);

    public ConvNmnistWorkload(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        conv1 = new Conv2dSpec(2, 12, 5).build(rng);
        conv2 = new Conv2dSpec(12, 64, 5).build(rng);
        fc = (Linear) new LinearSpec(1600, 10).build(rng);
        conv1.weight().value().muli(6.0);
        conv2.weight().value().muli(4.0);
        fc.namedParameters().get("weight").value().muli(8.0);
        Map<String, Parameter> params = new LinkedHashMap<>();
        conv1.namedParameters().forEach((k, v) -> params.put("conv1." + k, v));
        conv2.namedParameters().forEach((k, v) -> params.put("conv2." + k, v));
        fc.namedParameters().forEach((k, v) -> params.put("fc." + k, v));
        opt = new AdamSpec(1e-3).build(params);
        float[] events = new float[T * B * 2 * SIDE * SIDE];
        for (int i = 0; i < events.length; i++) {
            events[i] = rng.nextDouble() < INPUT_DENSITY ? 1f : 0f;
        }
        x = Tensor.constant(Nd4j.create(events, new long[] {T, B, 2, SIDE, SIDE}, 'c'));
        y = new int[B];
        for (int i = 0; i < B; i++) {
            y[i] = rng.nextInt(10);
        }
    }

    /** The spikes of the three LIF layers: {@code [T,B,12,30,30]}, {@code [T,B,64,11,11]}, {@code [T,B,10]}. */
    public Tensor[] forwardAll() {
        Tensor s1 = ReferenceLif.spikes(conv1.forward(x));
        Tensor s2 = ReferenceLif.spikes(conv2.forward(pool.forward(s1)));
        Tensor flat = Shapes.reshape(pool.forward(s2), T * B, 1600);
        Tensor s3 = ReferenceLif.spikes(Shapes.reshape(fc.forward(flat), T, B, 10));
        return new Tensor[] {s1, s2, s3};
    }

    /** Output spikes {@code [T, B, 10]}. */
    public Tensor forward() {
        return forwardAll()[2];
    }

    /** The loss of output spikes {@code [T, B, 10]}. */
    public Tensor loss(Tensor out) {
        return loss.loss(out, y);
    }

    /** One training step; returns the loss before the update. */
    public double step() {
        opt.zeroGrad();
        Tensor l = loss(forward());
        l.backward();
        opt.step();
        return l.item();
    }

    /**
     * The input of a convolution as the {@code [T·B, C, H, W]} batch it convolves: the network
     * input for {@code null}, else the average-pooled {@code spikes} of the layer before.
     */
    public INDArray convInput(Tensor spikes) {
        INDArray v = spikes == null ? x.value() : pool.forward(spikes).value();
        long[] s = v.shape();
        return v.reshape('c', T * B, s[2], s[3], s[4]);
    }

    /** Mean input event rate (about 0.03). */
    public double inputRate() {
        return x.value().meanNumber().doubleValue();
    }

    /** The first convolution's kernel (for the gradient-norm sanity line). */
    public Parameter firstKernel() {
        return conv1.weight();
    }
}
