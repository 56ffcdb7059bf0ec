package org.snn4j.neurons.plasticity;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.nn.Module;

/**
 * Applies a {@link PlasticityRule} to the weight of a {@link org.snn4j.autograd.nn.Linear Linear} or {@link
 * org.snn4j.autograd.nn.Conv2d Conv2d} layer by writing {@code −Δw} into the weight's gradient slot,
 * so that any optimiser applies it (SGD with learning rate 1 applies the plain rule; SpikingJelly's
 * {@code STDPLearner.step(on_grad=True)}). It can sit next to surrogate-gradient training in one
 * network: the loss's backward and the learner both accumulate into gradients, one optimiser steps.
 *
 * <p>Spikes are time-major: one step {@code pre [B, in...]}, {@code post [B, out...]}
 * ({@link #step}), or a sequence {@code [T, B, ...]} ({@link #sequence}). The learner carries the
 * traces (and R-STDP's eligibility) from call to call until {@link #reset()}; the weight is read
 * once per call. The layer's forward pass is the caller's: pass its input spikes as {@code pre} and
 * the spikes of the neurons it drives as {@code post}.
 *
 * @see org.snn4j.autograd.nn.Linear
 */
public final class StdpLearner {
    private final PlasticityRule rule;
    private final Synapse synapse;
    private final double dtMs;
    private PlasticityRule.Traces carry;
    private INDArray eligibilityLtp;
    private INDArray eligibilityLtd;

    /**
     * @param rule  the rule
     * @param layer a {@code Linear} or {@code Conv2d} layer
     * @param dtMs  the simulation time step in ms, &gt; 0
     */
    public StdpLearner(PlasticityRule rule, Module layer, double dtMs) {
        if (rule == null) {
            throw new IllegalArgumentException("StdpLearner needs a rule");
        }
        if (!(dtMs > 0)) {
            throw new IllegalArgumentException("StdpLearner.dtMs must be > 0, got " + dtMs);
        }
        this.rule = rule;
        this.synapse = Synapse.of(layer);
        this.dtMs = dtMs;
    }

    /** One time step: {@code pre [B, ...]}, {@code post [B, ...]}; returns the Δw written as {@code −Δw}. */
    public INDArray step(INDArray pre, INDArray post) {
        if (!(rule instanceof TraceRule)) {
            throw new IllegalArgumentException("stdp-pair needs whole spike trains: call sequence() once per sequence, "
                    + "or use stdp-trace for step-by-step learning");
        }
        return sequence(withTime(pre), withTime(post));
    }

    /** One R-STDP time step with reward {@code r}. */
    public INDArray step(INDArray pre, INDArray post, double reward) {
        return sequence(withTime(pre), withTime(post), new double[] {reward});
    }

    /** A sequence {@code [T, B, ...]}; returns the Δw written into the gradient as {@code −Δw}. */
    public INDArray sequence(INDArray pre, INDArray post) {
        if (rule instanceof RewardStdp) {
            throw new IllegalArgumentException("r-stdp needs a reward: call step(pre, post, r) or sequence(pre, post, r[])");
        }
        PlasticityRule.Traces tr = traces(pre, post);
        INDArray ltp = synapse.outer(post, toArray(tr.pre(), pre.shape()));
        INDArray ltd = synapse.outer(toArray(tr.post(), post.shape()), pre);
        INDArray w = synapse.weight().value().castTo(DataType.DOUBLE);
        return write(map(w, ltp, ltd, 1.0));
    }

    /** An R-STDP sequence {@code [T, B, ...]} with reward {@code r[t]} per step. */
    public INDArray sequence(INDArray pre, INDArray post, double[] reward) {
        if (!(rule instanceof RewardStdp r)) {
            throw new IllegalArgumentException("a reward only applies to r-stdp, the rule is "
                    + PlasticityTypes.REGISTRY.nameOf(rule.getClass()));
        }
        long steps = pre.size(0);
        if (reward.length != steps || post.size(0) != steps) {
            throw new IllegalArgumentException("R-STDP sequence: pre has " + steps + " steps, post " + post.size(0)
                    + ", reward " + reward.length);
        }
        INDArray w = synapse.weight().value().castTo(DataType.DOUBLE);
        double decay = r.eligibilityDecay(dtMs);
        INDArray dw = Nd4j.zeros(DataType.DOUBLE, w.shape());
        for (int t = 0; t < steps; t++) {
            INDArray preT = withTime(pre.slice(t));
            INDArray postT = withTime(post.slice(t));
            PlasticityRule.Traces tr = traces(preT, postT);
            INDArray ltp = synapse.outer(postT, toArray(tr.pre(), preT.shape()));
            INDArray ltd = synapse.outer(toArray(tr.post(), postT.shape()), preT);
            eligibilityLtp = eligibilityLtp == null ? ltp : eligibilityLtp.muli(decay).addi(ltp);
            eligibilityLtd = eligibilityLtd == null ? ltd : eligibilityLtd.muli(decay).addi(ltd);
            dw.addi(map(w, eligibilityLtp, eligibilityLtd, reward[t]));
        }
        return write(dw);
    }

    /** Forgets the traces and the eligibility (start of a new sample). */
    public void reset() {
        carry = null;
        eligibilityLtp = null;
        eligibilityLtd = null;
    }

    private PlasticityRule.Traces traces(INDArray pre, INDArray post) {
        if (pre.size(0) != post.size(0)) {
            throw new IllegalArgumentException("STDP: pre has " + pre.size(0) + " time steps, post " + post.size(0));
        }
        PlasticityRule.Traces tr = rule.traces(rows(pre), rows(post), carry, dtMs);
        if (rule instanceof TraceRule) {
            carry = tr.last();
        }
        return tr;
    }

    private INDArray map(INDArray w, INDArray ltp, INDArray ltd, double scale) {
        WeightDependence dep = rule.weightDependence();
        double[] wv = w.data().asDouble();
        double[] p = ltp.dup('c').data().asDouble();
        double[] d = ltd.dup('c').data().asDouble();
        double[] out = new double[wv.length];
        for (int i = 0; i < wv.length; i++) {
            out[i] = dep.delta(wv[i], scale * p[i], scale * d[i]);
        }
        return Nd4j.create(out, w.shape(), 'c');
    }

    private INDArray write(INDArray dw) {
        synapse.weight().accumulateGrad(dw.neg().castTo(synapse.weight().dataType()));
        return dw;
    }

    private static INDArray withTime(INDArray a) {
        long[] s = new long[a.rank() + 1];
        s[0] = 1;
        System.arraycopy(a.shape(), 0, s, 1, a.rank());
        return a.reshape('c', s);
    }

    private static double[][] rows(INDArray a) {
        if (a.rank() < 2) {
            throw new IllegalArgumentException("STDP spikes must be [T, B, ...], got " + Arrays.toString(a.shape()));
        }
        return a.castTo(DataType.DOUBLE).reshape('c', a.size(0), a.length() / a.size(0)).toDoubleMatrix();
    }

    private static INDArray toArray(double[][] rows, long[] shape) {
        return Nd4j.create(rows).reshape('c', shape);
    }
}
