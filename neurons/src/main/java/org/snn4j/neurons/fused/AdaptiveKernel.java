package org.snn4j.neurons.fused;

import org.snn4j.autograd.backend.BlockScratch;
import org.snn4j.autograd.backend.NativeArrays;

/**
 * The loops of the fused adaptive-threshold (ALIF) neuron of Bellec et al. 2018 (LSNN, in discrete
 * time) over one block, written once over {@link Lanes} for float32 and float64:
 *
 * <pre>
 * forward:   h = a·v + b·x[t] + c,   A = θ + q,   s = H(h − A)
 *            v = h + s·(q̂·(vReset − h) − r·A),   q ← ρ·q + j·s
 * backward:  σ = σ'(h − A)
 *            G_s = g_s − k·G_v·(r·A + q̂·(h − vReset)) + j·G_q
 *            G_h = G_s·σ + G_v − q̂·G_v·s + g_h
 *            G_A = −G_s·σ − r·G_v·s          (∂L/∂θ += G_A)
 *            ∂L/∂x = b·G_h,  G_v ← a·G_h,  G_q ← ρ·G_q + G_A
 * </pre>
 * ({@code r, q̂} = subtract, toValue of the reset; {@code k} = 0 for a detached reset; ρ, j =
 * adaptation decay and jump). Like {@link LinearChargeKernel}, backward re-runs each block's
 * recurrence into a block-local buffer of {@code h} and {@code A} instead of keeping them.
 *
 * @param <A> {@code float[]} or {@code double[]}
 */
final class AdaptiveKernel<A> {
    private final SequenceLayout layout;
    private final Lanes<A> lanes;
    private final Coefficients<A> all;
    private final FireReset f;
    private final double rho;
    private final double jump;

    AdaptiveKernel(Lanes<A> lanes, SequenceLayout layout, AdaptiveSpec spec, double[] thetaPerChannel) {
        this.layout = layout;
        this.lanes = lanes;
        this.all = Coefficients.perNeuron(lanes, layout, spec.law().decay(), spec.law().inputGain(), spec.law().bias(),
                thetaPerChannel);
        this.f = FireReset.of(spec.reset(), spec.readout(), spec.surrogate());
        this.rho = spec.adaptationDecay();
        this.jump = spec.adaptationJump();
    }

    /** Forward over one block; {@code in} = {x, v0, q0}, {@code fin} = {v[T], q[T]}. */
    void forward(int block, NativeArrays[] in, NativeArrays out, NativeArrays[] fin) {
        BlockScratch pool = BlockScratch.current();
        int mark = pool.enter();
        try {
            int bIdx = layout.sampleOf(block);
            int n0 = layout.firstNeuron(block);
            int len = layout.width(block);
            int state = layout.stateIndex(bIdx, n0);
            A v = lanes.scratch(len);
            A q = lanes.scratch(len);
            lanes.get(in[1], state, v, len);
            lanes.get(in[2], state, q, len);
            run(Coefficients.slice(lanes, all, n0, len), bIdx, n0, len, in[0], v, q, out, null, null);
            lanes.put(fin[0], state, v, len);
            lanes.put(fin[1], state, q, len);
        } finally {
            pool.leave(mark);
        }
    }

    /**
     * The recurrence over every step of one block ({@code v}, {@code q} updated in place): writes
     * each step's output to {@code out} and/or {@code h}, {@code A} to {@code hAll}, {@code aAll}
     * at {@code [t·len ..]} (either may be null).
     */
    private void run(Coefficients<A> k, int bIdx, int n0, int len, NativeArrays x, A v, A q, NativeArrays out,
                     A hAll, A aAll) {
        A[] work = lanes.scratch(len, 4);
        A xs = work[0];
        A hs = work[1];
        A as = work[2];
        A ss = work[3];
        for (int t = 0; t < layout.steps(); t++) {
            int base = layout.index(t, bIdx, n0);
            lanes.get(x, base, xs, len);
            lanes.add(k.theta(), q, as, len);
            lanes.step(k.a(), v, k.b(), xs, k.c(), as, f.toValue(), f.subtract(), f.vReset(), hs, ss, len);
            lanes.scaleAdd(rho, q, jump, ss, len);
            if (out != null) {
                lanes.put(out, base, f.spikeOut() ? ss : hs, len);
            }
            if (hAll != null) {
                System.arraycopy(hs, 0, hAll, t * len, len);
                System.arraycopy(as, 0, aAll, t * len, len);
            }
        }
    }

    /**
     * Backward over one block. {@code in} = {x, v0, q0}; {@code grads} = {gx, gv0, gq0}, entries null
     * when not needed. Returns the per-neuron {@code ∂L/∂θ} (null when not wanted).
     */
    double[] backward(int block, NativeArrays g, NativeArrays[] in, NativeArrays[] grads, boolean thetaGrad) {
        BlockScratch pool = BlockScratch.current();
        int mark = pool.enter();
        try {
            int bIdx = layout.sampleOf(block);
            int n0 = layout.firstNeuron(block);
            int len = layout.width(block);
            int state = layout.stateIndex(bIdx, n0);
            Coefficients<A> k = Coefficients.slice(lanes, all, n0, len);
            A hAll = lanes.scratch(layout.steps() * len);
            A aAll = lanes.scratch(layout.steps() * len);
            A v = lanes.scratch(len);
            A q = lanes.scratch(len);
            lanes.get(in[1], state, v, len);
            lanes.get(in[2], state, q, len);
            run(k, bIdx, n0, len, in[0], v, q, null, hAll, aAll);
            BackwardScratch<A> s = new BackwardScratch<>(lanes, len, true, thetaGrad, false);
            double spikeIn = f.spikeIn();
            for (int t = layout.steps() - 1; t >= 0; t--) {
                int base = layout.index(t, bIdx, n0);
                lanes.get(g, base, s.g, len);
                System.arraycopy(hAll, t * len, s.h, 0, len);
                System.arraycopy(aAll, t * len, s.theta, 0, len);
                lanes.surrogate(f.surrogate(), s.h, s.theta, s.sigma, len);
                lanes.fire(s.h, s.theta, s.spike, len);
                lanes.spikeGradient(spikeIn, s.g, f.keepReset(), s.gv, f.subtract(), s.theta, f.toValue(), s.h,
                        f.vReset(), jump, s.gq, s.gS, len);
                lanes.membraneGradient(s.gS, s.sigma, s.gv, f.toValue(), s.spike, 1.0 - spikeIn, s.g, s.gH, len);
                lanes.thresholdGradient(s.gS, s.sigma, f.subtract(), s.gv, s.spike, s.gTheta, len);
                if (thetaGrad) {
                    lanes.accumulate(s.gTheta, null, s.dTheta, len);
                }
                lanes.scaleAdd(rho, s.gq, 1.0, s.gTheta, len);
                lanes.chargeGradient(s.gH, k.b(), s.gx, k.a(), s.gv, len);
                if (grads[0] != null) {
                    lanes.put(grads[0], base, s.gx, len);
                }
            }
            if (grads[1] != null) {
                lanes.put(grads[1], state, s.gv, len);
            }
            if (grads[2] != null) {
                lanes.put(grads[2], state, s.gq, len);
            }
            return s.dTheta;
        } finally {
            pool.leave(mark);
        }
    }
}
