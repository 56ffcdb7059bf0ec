package org.snn4j.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.nn.Parameter;
import org.snn4j.autograd.ops.Arithmetic;
import org.snn4j.autograd.ops.Reductions;
import org.snn4j.autograd.optim.AdamSpec;
import org.snn4j.autograd.optim.Optimizer;
import org.snn4j.neurons.slayer.SrmParameters;
import org.snn4j.neurons.slayer.layer.SlayerDense;
import org.snn4j.neurons.slayer.layer.SlayerDenseSpec;

/**
 * The {@code shared/bench/slayer_srm.py} workload, identically defined (SLAYER's N-MNIST MLP shape,
 * Shrestha &amp; Orchard, NeurIPS 2018):
 *
 * <pre>
 * input   Bernoulli spikes p = 0.01, [T = 300, B = 12, 2312] (time-major here; the script is time-last), drawn once
 * layer   a = W·s_in (dense, no bias, all T at once);  u = ε ∗ a  (ε(t) = t/τ_sr·e^{1 − t/τ_sr}, 77 taps);
 *         s[t] = H(u[t] − θ), each spike adds ν(t) = −scaleRef·θ·t/τ_ref·e^{1 − t/τ_ref} to the following steps;
 *         backward ∂s/∂u = Ts·scaleRho/(tauRho·θ)·exp(−|u − θ|/(tauRho·θ))  (no gradient through ν)
 * neuron  θ = 10, τ_sr = 10 ms, τ_ref = 1 ms, scaleRef = 2, tauRho = 1, scaleRho = 1, Ts = 1 ms
 * net     2312 → 512 → 10, weights U(−1, 1)·20/√fan_in (SlayerDense's init with weightScale 20)
 * loss    ½·Σ_{b,c} (count[b,c] − target[b,c])² / B,   target 60 for the label, 10 otherwise
 * optim   Adam lr 0.01 with AMSGrad ({@link AdamSpec#amsgrad()}, the library's fused update)
 * </pre>
 * {@link #step()} is one timed step: zero_grad + forward + loss + backward + optimiser step. The
 * layers run snn4j's fused path ({@link org.snn4j.neurons.slayer.FusedSrm}) with the automatic
 * filter choice.
 */
public final class SlayerSrmWorkload {
    public static final int T = 300;
    public static final int B = 12;
    public static final int NIN = 2 * 34 * 34;
    public static final int NH = 512;
    public static final int NOUT = 10;
    /** The script's {@code W_SCALE}: twice SLAYER's dense default so the untrained net fires. */
    public static final double WEIGHT_SCALE = 20.0;
    /** Input spike probability per neuron and step. */
    public static final double INPUT_DENSITY = 0.01;

    private final SlayerDense fc1;
    private final SlayerDense fc2;
    private final Optimizer opt;
    private final Tensor x;
    private final int[] y;
    private final Tensor target;

    public SlayerSrmWorkload(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        SrmParameters p = SrmParameters.defaults();
        fc1 = new SlayerDenseSpec(NIN, NH, WEIGHT_SCALE, p).build(rng);
        fc2 = new SlayerDenseSpec(NH, NOUT, WEIGHT_SCALE, p).build(rng);
        Map<String, Parameter> params = new LinkedHashMap<>();
        params.put("fc1.weight", fc1.weight());
        params.put("fc2.weight", fc2.weight());
        opt = new AdamSpec(0.01).withAmsgrad(true).build(params);
        float[] spikes = new float[T * B * NIN];
        for (int i = 0; i < spikes.length; i++) {
            spikes[i] = rng.nextDouble() < INPUT_DENSITY ? 1f : 0f;
        }
        x = Tensor.constant(Nd4j.create(spikes, new long[] {T, B, NIN}, 'c'));
        y = new int[B];
        float[] tgt = new float[B * NOUT];
        for (int b = 0; b < B; b++) {
            y[b] = rng.nextInt(NOUT);
            for (int c = 0; c < NOUT; c++) {
                tgt[b * NOUT + c] = c == y[b] ? 60f : 10f;
            }
        }
        target = Tensor.constant(Nd4j.create(tgt, new long[] {B, NOUT}, 'c'));
    }

    /** Hidden and output spikes {@code [T, B, 512]} and {@code [T, B, 10]}. */
    public Tensor[] forwardBoth() {
        Tensor s1 = fc1.forward(x);
        return new Tensor[] {s1, fc2.forward(s1)};
    }

    /** Output spikes {@code [T, B, 10]}. */
    public Tensor forward() {
        return fc2.forward(fc1.forward(x));
    }

    /** The script's spike-count loss {@code ½·Σ (count − target)² / B}. */
    public Tensor loss(Tensor out) {
        Tensor diff = Arithmetic.sub(Reductions.sum(out, false, 0), target);
        return Arithmetic.mul(Reductions.sum(Arithmetic.mul(diff, diff)), 0.5 / B);
    }

    /** One training step; returns the loss before the update. */
    public double step() {
        opt.zeroGrad();
        Tensor l = loss(forward());
        l.backward();
        opt.step();
        return l.item();
    }

    /** Mean input spike rate (about 0.01). */
    public double inputRate() {
        return x.value().meanNumber().doubleValue();
    }

    /** Labels of the batch. */
    public int[] labels() {
        return y.clone();
    }

    /** The first layer's weight (for the gradient-norm sanity line). */
    public Parameter hiddenWeight() {
        return fc1.weight();
    }
}
