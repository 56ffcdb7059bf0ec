package org.snn4j.neurons.fused;

import org.snn4j.neurons.surrogate.Surrogate;

/**
 * The float32 twin of {@link LinearChargeKernel}: the same equations and the same block loops,
 * in {@code float} from end to end (bulk copies between the arrays' buffers and per-block
 * scratch, no conversion), which is what makes the fused path fast for training. Tests pin it to
 * the float64 kernel, which the reference-vs-fused sweep pins to the tape.
 */
final class LinearChargeKernel32 implements LinearKernel {
    private final SequenceLayout layout;
    private final float[] a;
    private final float[] b;
    private final float[] c;
    private final float[] theta;
    private final float subtract;
    private final float toValue;
    private final float vReset;
    private final float keepReset;
    private final boolean spikeOut;
    private final Surrogate surrogate;

    LinearChargeKernel32(SequenceLayout layout, LinearChargeSpec spec, double[] thetaPerChannel) {
        this.layout = layout;
        ChargeLaw law = spec.law();
        this.a = toFloat(layout.perNeuron(law.decay(), "decay"));
        this.b = toFloat(layout.perNeuron(law.inputGain(), "input gain"));
        this.c = toFloat(layout.perNeuron(law.bias(), "bias"));
        this.theta = toFloat(layout.perNeuron(thetaPerChannel, "threshold"));
        this.subtract = (float) spec.reset().subtract();
        this.toValue = (float) spec.reset().toValue();
        this.vReset = (float) spec.reset().vReset();
        this.keepReset = spec.reset().detach() ? 0f : 1f;
        this.spikeOut = spec.readout() == Readout.SPIKES;
        this.surrogate = spec.surrogate();
    }

    private static float[] toFloat(double[] d) {
        float[] f = new float[d.length];
        for (int i = 0; i < d.length; i++) {
            f[i] = (float) d[i];
        }
        return f;
    }

    @Override
    public void forward(int block, Lanes x, Lanes v0, Lanes out, Lanes store, Lanes vFinal) {
        int bIdx = layout.sampleOf(block);
        int n0 = layout.firstNeuron(block);
        int len = layout.width(block);
        float[] v = new float[len];
        float[] xs = new float[len];
        float[] hs = new float[len];
        float[] ss = new float[len];
        v0.readFloats(layout.stateIndex(bIdx, n0), v, len);
        for (int t = 0; t < layout.steps(); t++) {
            int base = layout.index(t, bIdx, n0);
            x.readFloats(base, xs, len);
            step(n0, len, v, xs, hs, ss);
            out.writeFloats(base, spikeOut ? ss : hs, len);
            if (store != null) {
                store.writeFloats(base, hs, len);
            }
        }
        vFinal.writeFloats(layout.stateIndex(bIdx, n0), v, len);
    }

    private void step(int n0, int len, float[] v, float[] xs, float[] hs, float[] ss) {
        for (int i = 0; i < len; i++) {
            int n = n0 + i;
            float h = a[n] * v[i] + b[n] * xs[i] + c[n];
            float s = h - theta[n] >= 0 ? 1f : 0f;
            v[i] = (1 - toValue * s) * h + toValue * s * vReset - subtract * s * theta[n];
            hs[i] = h;
            ss[i] = s;
        }
    }

    private float resetOf(float h, int n) {
        float s = h - theta[n] >= 0 ? 1f : 0f;
        return (1 - toValue * s) * h + toValue * s * vReset - subtract * s * theta[n];
    }

    /** Partials are accumulated in double. */
    @Override
    public double[][] backward(int block, Lanes g, Lanes store, Lanes x, Lanes v0, Lanes gx, Lanes gv0,
                        boolean thetaGrad, boolean coefGrad) {
        int bIdx = layout.sampleOf(block);
        int n0 = layout.firstNeuron(block);
        int len = layout.width(block);
        Scratch s = new Scratch(len, thetaGrad, coefGrad);
        for (int t = layout.steps() - 1; t >= 0; t--) {
            int base = layout.index(t, bIdx, n0);
            g.readFloats(base, s.g, len);
            store.readFloats(base, s.h, len);
            for (int i = 0; i < len; i++) {
                s.sg[i] = s.h[i] - theta[n0 + i];
            }
            surrogate.derivativeInPlace(s.sg, 0, len);
            if (coefGrad) {
                x.readFloats(base, s.x, len);
                previousMembrane(t, bIdx, n0, len, store, v0, s.vPrev);
            }
            stepBack(n0, len, s);
            if (gx != null) {
                gx.writeFloats(base, s.gx, len);
            }
        }
        if (gv0 != null) {
            gv0.writeFloats(layout.stateIndex(bIdx, n0), s.gv, len);
        }
        return new double[][] {s.dTheta, s.dA, s.dB, s.dC};
    }

    private void previousMembrane(int t, int bIdx, int n0, int len, Lanes store, Lanes v0, float[] vPrev) {
        if (t == 0) {
            v0.readFloats(layout.stateIndex(bIdx, n0), vPrev, len);
            return;
        }
        store.readFloats(layout.index(t - 1, bIdx, n0), vPrev, len);
        for (int i = 0; i < len; i++) {
            vPrev[i] = resetOf(vPrev[i], n0 + i);
        }
    }

    private void stepBack(int n0, int len, Scratch s) {
        float spikeIn = spikeOut ? 1f : 0f;
        float membraneIn = 1f - spikeIn;
        for (int i = 0; i < len; i++) {
            int n = n0 + i;
            float h = s.h[i];
            float th = theta[n];
            float sg = s.sg[i];
            float gv = s.gv[i];
            float spike = h - th >= 0 ? 1f : 0f;
            float dvds = -(subtract * th + toValue * (h - vReset));
            float gS = spikeIn * s.g[i] + keepReset * gv * dvds;
            float gH = gS * sg + gv * (1 - toValue * spike) + membraneIn * s.g[i];
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
        final float[] g;
        final float[] h;
        final float[] sg;
        final float[] gx;
        final float[] gv;
        final float[] x;
        final float[] vPrev;
        final double[] dTheta;
        final double[] dA;
        final double[] dB;
        final double[] dC;

        Scratch(int len, boolean thetaGrad, boolean coefGrad) {
            g = new float[len];
            h = new float[len];
            sg = new float[len];
            gx = new float[len];
            gv = new float[len];
            x = coefGrad ? new float[len] : null;
            vPrev = coefGrad ? new float[len] : null;
            dTheta = thetaGrad ? new double[len] : null;
            dA = coefGrad ? new double[len] : null;
            dB = coefGrad ? new double[len] : null;
            dC = coefGrad ? new double[len] : null;
        }
    }
}
