package org.snn4j.neurons.fused;

import org.snn4j.neurons.surrogate.Surrogate;

/**
 * The float64 loops of the fused linear-charge neuron over one block of (sample, neuron range).
 *
 * <pre>
 * forward, t = 0..T−1:   h = a·v + b·x[t] + c
 *                        s = H(h − θ)                   (H(0) = 1)
 *                        v = (1 − q·s)·h + q·s·vReset − r·s·θ
 * backward, t = T−1..0:  σ = σ'(h − θ),  ∂v/∂s = −(r·θ + q·(h − vReset))
 *                        G_s = g_s + k·G_v·∂v/∂s         (k = 0 when the reset is detached)
 *                        G_h = G_s·σ + G_v·(1 − q·s) + g_h
 *                        ∂L/∂x = b·G_h,  G_v ← a·G_h,   ∂L/∂θ += −G_s·σ − r·G_v·s
 *                        ∂L/∂a += G_h·v[t−1],  ∂L/∂b += G_h·x[t],  ∂L/∂c += G_h
 * </pre>
 * with {@code r = subtract}, {@code q = toValue} of the {@link ResetLaw}, {@code g_s}/{@code g_h}
 * the incoming gradient of a spike/membrane readout. Backward keeps only the pre-reset membrane
 * {@code h}: the spike is recomputed from it exactly, because forward compares the stored value.
 */
final class LinearChargeKernel implements LinearKernel {
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
    private final Surrogate surrogate;

    LinearChargeKernel(SequenceLayout layout, LinearChargeSpec spec, double[] thetaPerChannel) {
        this.layout = layout;
        ChargeLaw law = spec.law();
        this.a = layout.perNeuron(law.decay(), "decay");
        this.b = layout.perNeuron(law.inputGain(), "input gain");
        this.c = layout.perNeuron(law.bias(), "bias");
        this.theta = layout.perNeuron(thetaPerChannel, "threshold");
        this.subtract = spec.reset().subtract();
        this.toValue = spec.reset().toValue();
        this.vReset = spec.reset().vReset();
        this.keepReset = spec.reset().detach() ? 0.0 : 1.0;
        this.spikeOut = spec.readout() == Readout.SPIKES ? 1.0 : 0.0;
        this.surrogate = spec.surrogate();
    }

    @Override
    public void forward(int block, Lanes x, Lanes v0, Lanes out, Lanes store, Lanes vFinal) {
        int bIdx = layout.sampleOf(block);
        int n0 = layout.firstNeuron(block);
        int len = layout.width(block);
        double[] v = new double[len];
        double[] xs = new double[len];
        double[] hs = new double[len];
        double[] ss = new double[len];
        v0.read(layout.stateIndex(bIdx, n0), v, len);
        for (int t = 0; t < layout.steps(); t++) {
            int base = layout.index(t, bIdx, n0);
            x.read(base, xs, len);
            step(n0, len, v, xs, hs, ss);
            out.write(base, spikeOut == 1.0 ? ss : hs, len);
            if (store != null) {
                store.write(base, hs, len);
            }
        }
        vFinal.write(layout.stateIndex(bIdx, n0), v, len);
    }

    private void step(int n0, int len, double[] v, double[] xs, double[] hs, double[] ss) {
        for (int i = 0; i < len; i++) {
            int n = n0 + i;
            double h = a[n] * v[i] + b[n] * xs[i] + c[n];
            double s = h - theta[n] >= 0 ? 1.0 : 0.0;
            v[i] = (1 - toValue * s) * h + toValue * s * vReset - subtract * s * theta[n];
            hs[i] = h;
            ss[i] = s;
        }
    }

    /** The post-reset membrane {@code v} after a step whose pre-reset membrane was {@code h}. */
    private double resetOf(double h, int n) {
        double s = h - theta[n] >= 0 ? 1.0 : 0.0;
        return (1 - toValue * s) * h + toValue * s * vReset - subtract * s * theta[n];
    }

    @Override
    public double[][] backward(int block, Lanes g, Lanes store, Lanes x, Lanes v0, Lanes gx, Lanes gv0,
                        boolean thetaGrad, boolean coefGrad) {
        int bIdx = layout.sampleOf(block);
        int n0 = layout.firstNeuron(block);
        int len = layout.width(block);
        Scratch s = new Scratch(len, thetaGrad, coefGrad);
        for (int t = layout.steps() - 1; t >= 0; t--) {
            int base = layout.index(t, bIdx, n0);
            g.read(base, s.g, len);
            store.read(base, s.h, len);
            for (int i = 0; i < len; i++) {
                s.sg[i] = s.h[i] - theta[n0 + i];
            }
            surrogate.derivativeInPlace(s.sg, 0, len);
            if (coefGrad) {
                x.read(base, s.x, len);
                previousMembrane(t, bIdx, n0, len, store, v0, s.vPrev);
            }
            stepBack(n0, len, s);
            if (gx != null) {
                gx.write(base, s.gx, len);
            }
        }
        if (gv0 != null) {
            gv0.write(layout.stateIndex(bIdx, n0), s.gv, len);
        }
        return new double[][] {s.dTheta, s.dA, s.dB, s.dC};
    }

    private void previousMembrane(int t, int bIdx, int n0, int len, Lanes store, Lanes v0, double[] vPrev) {
        if (t == 0) {
            v0.read(layout.stateIndex(bIdx, n0), vPrev, len);
            return;
        }
        store.read(layout.index(t - 1, bIdx, n0), vPrev, len);
        for (int i = 0; i < len; i++) {
            vPrev[i] = resetOf(vPrev[i], n0 + i);
        }
    }

    private void stepBack(int n0, int len, Scratch s) {
        double spikeIn = spikeOut;
        double membraneIn = 1.0 - spikeOut;
        for (int i = 0; i < len; i++) {
            int n = n0 + i;
            double h = s.h[i];
            double th = theta[n];
            double sg = s.sg[i];
            double gv = s.gv[i];
            double spike = h - th >= 0 ? 1.0 : 0.0;
            double dvds = -(subtract * th + toValue * (h - vReset));
            double gS = spikeIn * s.g[i] + keepReset * gv * dvds;
            double gH = gS * sg + gv * (1 - toValue * spike) + membraneIn * s.g[i];
            s.gx[i] = gH * b[n];
            s.gv[i] = gH * a[n];
            if (s.dTheta != null) {
                s.dTheta[i] += -gS * sg - subtract * gv * spike;
            }
            if (s.dA != null) {
                s.dA[i] += gH * s.vPrev[i];
                s.dB[i] += gH * s.x[i];
                s.dC[i] += gH;
            }
        }
    }

    /** Per-block scratch of the backward pass. */
    private static final class Scratch {
        final double[] g;
        final double[] h;
        final double[] sg;
        final double[] gx;
        final double[] gv;
        final double[] x;
        final double[] vPrev;
        final double[] dTheta;
        final double[] dA;
        final double[] dB;
        final double[] dC;

        Scratch(int len, boolean thetaGrad, boolean coefGrad) {
            g = new double[len];
            h = new double[len];
            sg = new double[len];
            gx = new double[len];
            gv = new double[len];
            x = coefGrad ? new double[len] : null;
            vPrev = coefGrad ? new double[len] : null;
            dTheta = thetaGrad ? new double[len] : null;
            dA = coefGrad ? new double[len] : null;
            dB = coefGrad ? new double[len] : null;
            dC = coefGrad ? new double[len] : null;
        }
    }
}
