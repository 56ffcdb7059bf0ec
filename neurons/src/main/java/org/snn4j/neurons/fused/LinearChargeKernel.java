package org.snn4j.neurons.fused;

import java.util.Arrays;
import org.snn4j.autograd.backend.BlockScratch;
import org.snn4j.autograd.backend.NativeArrays;
import org.snn4j.neurons.model.ChargeLaw;
import org.snn4j.neurons.model.Readout;
import org.snn4j.neurons.model.ResetLaw;
import org.snn4j.neurons.surrogate.Surrogate;

/**
 * The loops of the fused linear-charge neuron (IF, LIF, charge-form LIF, PLIF) over one block of
 * (sample, neuron range), written once over {@link Lanes} for float32 and float64. The dynamics
 * are the discrete LIF family of Wu et al. 2018 (STBP, iterative LIF) and Fang et al. 2021
 * (SpikingJelly's charge / fire / reset), with the surrogate gradient in place of {@code dH/dx}:
 *
 * <pre>
 * forward, t = 0..T−1:   h = a·v + b·x[t] + c
 *                        s = H(h − θ)                   (H(0) = 1)
 *                        v = h + s·(q·(vReset − h) − r·θ)
 * backward, t = T−1..0:  σ = σ'(h − θ)
 *                        G_s = g_s − k·G_v·(r·θ + q·(h − vReset))   (k = 0 when the reset is detached)
 *                        G_h = G_s·σ + G_v − q·G_v·s + g_h
 *                        ∂L/∂x = b·G_h,  G_v ← a·G_h,   ∂L/∂θ += −G_s·σ − r·G_v·s
 *                        ∂L/∂a += G_h·v[t−1],  ∂L/∂b += G_h·x[t],  ∂L/∂c += G_h
 * </pre>
 * with {@code r = subtract}, {@code q = toValue} of the {@link ResetLaw},
 * {@code g_s}/{@code g_h} the incoming gradient of a spike/membrane readout. With a detached reset
 * (or a subtractive one) and no coefficient gradient the sweep reads only σ and, for a reset to a
 * value or a threshold gradient, the spikes: the forward pass stores them ({@link StepState}) and
 * {@link #backwardStored} sweeps them. Otherwise ({@link #backward}) the node keeps the input and
 * backward re-runs each block's recurrence into a block-local buffer and sweeps it in reverse; the
 * recomputed membrane is bit for bit the forward one, so the recomputed spikes are the forward
 * spikes.
 *
 * <p>Passes per neuron-step on the stored path (exact σ): forward, the copy of {@code x} in, one
 * step pass that also writes {@code h − θ} into the node's σ array ({@link Lanes#stepDistance}),
 * the surrogate in place there, the copy of the output out; backward, the copy of {@code g} in,
 * one pass reading σ in place ({@link Lanes#sweepStep}, when no spikes are read: a reset without a
 * value and no threshold gradient), the copy of {@code ∂L/∂x} out. Before (to 2026-12-06) there were
 * two more passes forward (σ's {@code h − θ}, σ's copy into the state) and three more backward (σ's
 * copy, and G_s, G_h, ∂L/∂x as three passes), all scalar; with the vector loops
 * ({@link VectorFloatLanes}) the fused LIF of the LIF-MLP layer 1 ({@code [25, 128, 800]}, float32)
 * went from 22.9 to 14.5 ms of process CPU per forward + backward (3 alternating runs each, loaded
 * 2-core Zen 4, the harness's copy of the input gradient included; {@code FusedLifBenchmark}
 * measures the same), and its share of perf samples from 12.2 % to 7.3 % of the LIF-MLP training
 * step and from 14.6 % to 8.3 % of the conv N-MNIST step. What is left is mostly memory: 40 % of
 * those samples are the copies between the native arrays and the block's heap vectors (the first
 * touch of {@code x}, {@code g} and the fresh outputs), the rest the two vector loops.
 *
 * @param <A> {@code float[]} or {@code double[]}
 */
final class LinearChargeKernel<A> {
    private final SequenceLayout layout;
    private final Lanes<A> lanes;
    private final Coefficients<A> all;
    private final FireReset f;

    LinearChargeKernel(Lanes<A> lanes, SequenceLayout layout, LinearChargeSpec spec, double[] thetaPerChannel) {
        this(lanes, layout, spec.law(), spec.reset(), spec.readout(), spec.surrogate(), thetaPerChannel);
    }

    /** A kernel for {@link #step} and {@link #forward} only when {@code surrogate} is null. */
    LinearChargeKernel(Lanes<A> lanes, SequenceLayout layout, ChargeLaw law, ResetLaw reset, Readout readout,
                       Surrogate surrogate, double[] thetaPerChannel) {
        this.layout = layout;
        this.lanes = lanes;
        this.all = Coefficients.perNeuron(lanes, layout, law.decay(), law.inputGain(), law.bias(), thetaPerChannel);
        this.f = FireReset.of(reset, readout, surrogate);
    }

    SequenceLayout layout() {
        return layout;
    }

    Lanes<A> lanes() {
        return lanes;
    }

    /** The coefficients of neurons {@code [n0, n0 + len)}, in block scratch arrays. */
    Coefficients<A> coefficients(int n0, int len) {
        return Coefficients.slice(lanes, all, n0, len);
    }

    /** {@link #coefficients} in new arrays, for a caller that keeps them. */
    Coefficients<A> keptCoefficients(int n0, int len) {
        return Coefficients.kept(lanes, all, n0, len);
    }

    /**
     * One step of {@code len} neurons: {@code h} and {@code s} are written, {@code v} is updated in
     * place; returns the step's output ({@code s} or {@code h}, per the readout).
     */
    A step(Coefficients<A> k, A v, A x, A h, A s, int len) {
        lanes.step(k.a(), v, k.b(), x, k.c(), k.theta(), f.toValue(), f.subtract(), f.vReset(), h, s, len);
        return f.spikeOut() ? s : h;
    }

    /** Whether the reverse sweep reads {@code h} itself (a kept reset to a value), not only σ and spikes. */
    boolean sweepReadsMembrane() {
        return f.keepReset() != 0 && f.toValue() != 0;
    }

    /** Whether the reverse sweep reads the spikes: a reset to a value, or a threshold gradient. */
    boolean sweepReadsSpikes(boolean thetaGrad) {
        return f.toValue() != 0 || thetaGrad;
    }

    /**
     * Runs one block forward; {@code v0 == null} starts from the constant {@code vRest}. When
     * {@code state} is not null, each step's σ (and spikes) are stored for {@link #backwardStored}.
     */
    void forward(int block, NativeArrays x, NativeArrays v0, double vRest, NativeArrays out, NativeArrays vFinal,
                 StepState<A> state) {
        BlockScratch pool = BlockScratch.current();
        int mark = pool.enter();
        try {
            int bIdx = layout.sampleOf(block);
            int n0 = layout.firstNeuron(block);
            int len = layout.width(block);
            A v = initialMembrane(v0, vRest, layout.stateIndex(bIdx, n0), len);
            run(coefficients(n0, len), block, len, x, v, out, null, state);
            lanes.put(vFinal, layout.stateIndex(bIdx, n0), v, len);
        } finally {
            pool.leave(mark);
        }
    }

    private A initialMembrane(NativeArrays v0, double vRest, int state, int len) {
        A v = lanes.scratch(len);
        if (v0 != null) {
            lanes.get(v0, state, v, len);
        } else if (vRest != 0) {
            double[] c = new double[len];
            Arrays.fill(c, vRest);
            System.arraycopy(lanes.of(c), 0, v, 0, len);
        }
        return v;
    }

    /**
     * The recurrence over every step of one block: writes each step's output to {@code out}, its
     * pre-reset membrane to {@code membrane[t·len ..]} and its σ and spikes to {@code state} (each
     * may be null).
     */
    private void run(Coefficients<A> k, int block, int len, NativeArrays x, A v, NativeArrays out, A membrane,
                     StepState<A> state) {
        int bIdx = layout.sampleOf(block);
        int n0 = layout.firstNeuron(block);
        A[] work = lanes.scratch(len, 3);
        A xs = work[0];
        A hs = work[1];
        A ss = work[2];
        A exact = state != null ? state.exact(block) : null;
        A sig = state != null && exact == null ? lanes.scratch(len) : null;
        boolean keepH = !f.spikeOut() || membrane != null;
        for (int t = 0; t < layout.steps(); t++) {
            int base = layout.index(t, bIdx, n0);
            lanes.get(x, base, xs, len);
            A y;
            if (state != null) {
                // σ = σ'(h − θ), computed in place where it is kept (exact) or in a row that is then coded
                A d = exact != null ? exact : sig;
                int at = exact != null ? t * len : 0;
                lanes.stepDistance(k.a(), v, k.b(), xs, k.c(), k.theta(), f.toValue(), f.subtract(), f.vReset(),
                        keepH ? hs : null, ss, d, at, len);
                lanes.derivativeInPlace(f.surrogate(), d, at, at + len);
                if (exact != null) {
                    state.putSpikes(block, t, ss, len);
                } else {
                    state.put(block, t, sig, ss, len);
                }
                y = f.spikeOut() ? ss : hs;
            } else {
                y = step(k, v, xs, hs, ss, len);
            }
            if (out != null) {
                lanes.put(out, base, y, len);
            }
            if (membrane != null) {
                System.arraycopy(hs, 0, membrane, t * len, len);
            }
        }
    }

    /**
     * Runs one block backward from the stored σ (and spikes) alone, for a sweep that reads no
     * membrane and no coefficient gradient is wanted; same equations and order as {@link #backward}.
     */
    double[] backwardStored(int block, NativeArrays g, StepState<A> state, NativeArrays gx, NativeArrays gv0,
                            boolean thetaGrad) {
        BlockScratch pool = BlockScratch.current();
        int mark = pool.enter();
        try {
            int bIdx = layout.sampleOf(block);
            int n0 = layout.firstNeuron(block);
            int len = layout.width(block);
            Coefficients<A> k = coefficients(n0, len);
            BackwardScratch<A> s = new BackwardScratch<>(lanes, len, false, thetaGrad, false);
            double spikeIn = f.spikeIn();
            boolean onePass = f.toValue() == 0 && !thetaGrad;
            A exact = state.exact(block);
            for (int t = layout.steps() - 1; t >= 0; t--) {
                int base = layout.index(t, bIdx, n0);
                lanes.get(g, base, s.g, len);
                if (onePass) {
                    A sigma = exact;
                    int at = t * len;
                    if (exact == null) {
                        state.get(block, t, s.sigma, s.spike, len);
                        sigma = s.sigma;
                        at = 0;
                    }
                    lanes.sweepStep(spikeIn, s.g, f.keepReset(), s.gv, f.subtract(), k.theta(), f.toValue(), s.h,
                            f.vReset(), sigma, at, 1.0 - spikeIn, k.b(), s.gx, k.a(), len);
                } else {
                    state.get(block, t, s.sigma, s.spike, len);
                    gradientStep(k, s, spikeIn, thetaGrad, len);
                }
                if (gx != null) {
                    lanes.put(gx, base, s.gx, len);
                }
            }
            if (gv0 != null) {
                lanes.put(gv0, layout.stateIndex(bIdx, n0), s.gv, len);
            }
            return s.dTheta;
        } finally {
            pool.leave(mark);
        }
    }

    /** One reverse step from {@code s.g, s.sigma, s.spike, s.h}: updates {@code s.gv}, writes {@code s.gx}. */
    private void gradientStep(Coefficients<A> k, BackwardScratch<A> s, double spikeIn, boolean thetaGrad, int len) {
        lanes.spikeGradient(spikeIn, s.g, f.keepReset(), s.gv, f.subtract(), k.theta(), f.toValue(), s.h,
                f.vReset(), 0, null, s.gS, len);
        lanes.membraneGradient(s.gS, s.sigma, s.gv, f.toValue(), s.spike, 1.0 - spikeIn, s.g, s.gH, len);
        if (thetaGrad) {
            lanes.thresholdGradient(s.gS, s.sigma, f.subtract(), s.gv, s.spike, s.gTheta, len);
            lanes.accumulate(s.gTheta, null, s.dTheta, len);
        }
        s.accumulateCoefficients(lanes, len);
        lanes.chargeGradient(s.gH, k.b(), s.gx, k.a(), s.gv, len);
    }

    /**
     * Runs one block backward. {@code gx}/{@code gv0} may be null when not needed; returns the
     * per-neuron partials {@code {∂L/∂θ, ∂L/∂a, ∂L/∂b, ∂L/∂c}} (entries null when not wanted).
     */
    double[][] backward(int block, NativeArrays g, NativeArrays x, NativeArrays v0, double vRest, NativeArrays gx,
                        NativeArrays gv0, boolean thetaGrad, boolean coefGrad) {
        BlockScratch pool = BlockScratch.current();
        int mark = pool.enter();
        try {
            int bIdx = layout.sampleOf(block);
            int n0 = layout.firstNeuron(block);
            int len = layout.width(block);
            int state = layout.stateIndex(bIdx, n0);
            Coefficients<A> k = coefficients(n0, len);
            A hAll = lanes.scratch(layout.steps() * len);
            A v = initialMembrane(v0, vRest, state, len);
            run(k, block, len, x, v, null, hAll, null);
            BackwardScratch<A> s = new BackwardScratch<>(lanes, len, false, thetaGrad, coefGrad);
            double spikeIn = f.spikeIn();
            for (int t = layout.steps() - 1; t >= 0; t--) {
                int base = layout.index(t, bIdx, n0);
                lanes.get(g, base, s.g, len);
                System.arraycopy(hAll, t * len, s.h, 0, len);
                lanes.surrogate(f.surrogate(), s.h, k.theta(), s.sigma, len);
                if (f.toValue() != 0 || thetaGrad) {
                    lanes.fire(s.h, k.theta(), s.spike, len);
                }
                if (coefGrad) {
                    lanes.get(x, base, s.x, len);
                    previousMembrane(t, state, len, hAll, v0, vRest, k, s);
                }
                gradientStep(k, s, spikeIn, thetaGrad, len);
                if (gx != null) {
                    lanes.put(gx, base, s.gx, len);
                }
            }
            if (gv0 != null) {
                lanes.put(gv0, state, s.gv, len);
            }
            return s.partials();
        } finally {
            pool.leave(mark);
        }
    }

    /** {@code v[t−1]}: the initial membrane, or the reset of the previous step's {@code h}. */
    private void previousMembrane(int t, int state, int len, A hAll, NativeArrays v0, double vRest,
                                  Coefficients<A> k, BackwardScratch<A> s) {
        if (t == 0) {
            System.arraycopy(initialMembrane(v0, vRest, state, len), 0, s.vPrev, 0, len);
            return;
        }
        System.arraycopy(hAll, (t - 1) * len, s.vPrev, 0, len);
        lanes.reset(s.vPrev, k.theta(), f.toValue(), f.subtract(), f.vReset(), s.vPrev, len);
    }
}
