package org.snn4j.neurons.fused;

import org.snn4j.neurons.surrogate.Surrogate;

/**
 * The loops of the fused adaptive-threshold (ALIF) neuron over one block.
 *
 * <pre>
 * forward:   h = a·v + b·x[t] + c,   A = θ + q,   s = H(h − A)
 *            v = (1 − q̂·s)·h + q̂·s·vReset − r·s·A,   q ← ρ·q + j·s
 * backward:  σ = σ'(h − A),  ∂v/∂s = −(r·A + q̂·(h − vReset))
 *            G_s = g_s + k·G_v·∂v/∂s + j·G_q
 *            G_h = G_s·σ + G_v·(1 − q̂·s) + g_h
 *            G_A = −G_s·σ − r·G_v·s          (∂L/∂θ += G_A)
 *            ∂L/∂x = b·G_h,  G_v ← a·G_h,  G_q ← ρ·G_q + G_A
 * </pre>
 * ({@code r, q̂} = subtract, toValue of the reset; {@code k} = 0 for a detached reset; ρ, j =
 * adaptation decay and jump). Backward keeps {@code h} and {@code A}; on the float32 path both are
 * rounded before the comparison so that the spike recomputed from them is the forward spike.
 */
final class AdaptiveKernel {
    private final SequenceLayout layout;
    private final double[] a;
    private final double[] b;
    private final double[] c;
    private final double[] theta;
    private final double subtract;
    private final double toValue;
    private final double vReset;
    private final double keepReset;
    private final double spikeOut;
    private final double rho;
    private final double jump;
    private final boolean single;
    private final Surrogate surrogate;

    AdaptiveKernel(SequenceLayout layout, AdaptiveSpec spec, double[] thetaPerChannel, boolean single) {
        this.layout = layout;
        this.a = layout.perNeuron(spec.law().decay(), "decay");
        this.b = layout.perNeuron(spec.law().inputGain(), "input gain");
        this.c = layout.perNeuron(spec.law().bias(), "bias");
        this.theta = layout.perNeuron(thetaPerChannel, "threshold");
        this.subtract = spec.reset().subtract();
        this.toValue = spec.reset().toValue();
        this.vReset = spec.reset().vReset();
        this.keepReset = spec.reset().detach() ? 0.0 : 1.0;
        this.spikeOut = spec.readout() == Readout.SPIKES ? 1.0 : 0.0;
        this.rho = spec.adaptationDecay();
        this.jump = spec.adaptationJump();
        this.single = single;
        this.surrogate = spec.surrogate();
    }

    /** Forward over one block; {@code hStore}/{@code aStore} are null under no-grad. */
    void forward(int block, Lanes[] in, Lanes out, Lanes hStore, Lanes aStore, Lanes[] fin) {
        int bIdx = layout.sampleOf(block);
        int n0 = layout.firstNeuron(block);
        int len = layout.width(block);
        double[] v = new double[len];
        double[] q = new double[len];
        double[] xs = new double[len];
        double[] hs = new double[len];
        double[] as = new double[len];
        double[] ss = new double[len];
        int state = layout.stateIndex(bIdx, n0);
        in[1].read(state, v, len);
        in[2].read(state, q, len);
        double[][] scratch = {v, q, xs, hs, as, ss};
        for (int t = 0; t < layout.steps(); t++) {
            int base = layout.index(t, bIdx, n0);
            in[0].read(base, xs, len);
            step(n0, len, scratch);
            out.write(base, spikeOut == 1.0 ? ss : hs, len);
            if (hStore != null) {
                hStore.write(base, hs, len);
                aStore.write(base, as, len);
            }
        }
        fin[0].write(state, v, len);
        fin[1].write(state, q, len);
    }

    /** One step for the block; {@code s} = {v, q, x, h, A, spikes}, the first two updated in place. */
    private void step(int n0, int len, double[][] s) {
        double[] v = s[0];
        double[] q = s[1];
        for (int i = 0; i < len; i++) {
            int n = n0 + i;
            double h = a[n] * v[i] + b[n] * s[2][i] + c[n];
            double th = theta[n] + q[i];
            if (single) {
                h = (float) h;
                th = (float) th;
            }
            double spike = h - th >= 0 ? 1.0 : 0.0;
            v[i] = (1 - toValue * spike) * h + toValue * spike * vReset - subtract * spike * th;
            q[i] = rho * q[i] + jump * spike;
            s[3][i] = h;
            s[4][i] = th;
            s[5][i] = spike;
        }
    }

    /**
     * Backward over one block. {@code grads} = {gx, gv0, gq0}, entries null when not needed.
     * Returns the per-neuron {@code ∂L/∂θ} (null when not wanted).
     */
    double[] backward(int block, Lanes g, Lanes hStore, Lanes aStore, Lanes[] grads, boolean thetaGrad) {
        int bIdx = layout.sampleOf(block);
        int n0 = layout.firstNeuron(block);
        int len = layout.width(block);
        double[] gs = new double[len];
        double[] hs = new double[len];
        double[] as = new double[len];
        double[] sg = new double[len];
        double[] gx = new double[len];
        double[] gv = new double[len];
        double[] gq = new double[len];
        double[] dTheta = thetaGrad ? new double[len] : null;
        for (int t = layout.steps() - 1; t >= 0; t--) {
            int base = layout.index(t, bIdx, n0);
            g.read(base, gs, len);
            hStore.read(base, hs, len);
            aStore.read(base, as, len);
            for (int i = 0; i < len; i++) {
                sg[i] = hs[i] - as[i];
            }
            surrogate.derivativeInPlace(sg, 0, len);
            stepBack(n0, len, new double[][] {gs, hs, as, sg, gx, gv, gq}, dTheta);
            if (grads[0] != null) {
                grads[0].write(base, gx, len);
            }
        }
        int state = layout.stateIndex(bIdx, n0);
        if (grads[1] != null) {
            grads[1].write(state, gv, len);
        }
        if (grads[2] != null) {
            grads[2].write(state, gq, len);
        }
        return dTheta;
    }

    private void stepBack(int n0, int len, double[][] s, double[] dTheta) {
        double[] gs = s[0];
        double[] hs = s[1];
        double[] as = s[2];
        double[] sg = s[3];
        double[] gx = s[4];
        double[] gv = s[5];
        double[] gq = s[6];
        double membraneIn = 1.0 - spikeOut;
        for (int i = 0; i < len; i++) {
            int n = n0 + i;
            double h = hs[i];
            double th = as[i];
            double spike = h - th >= 0 ? 1.0 : 0.0;
            double dvds = -(subtract * th + toValue * (h - vReset));
            double gS = spikeOut * gs[i] + keepReset * gv[i] * dvds + jump * gq[i];
            double gH = gS * sg[i] + gv[i] * (1 - toValue * spike) + membraneIn * gs[i];
            double gA = -gS * sg[i] - subtract * gv[i] * spike;
            if (dTheta != null) {
                dTheta[i] += gA;
            }
            gq[i] = rho * gq[i] + gA;
            gx[i] = gH * b[n];
            gv[i] = gH * a[n];
        }
    }
}
