package org.snn4j.neurons.fused;

import java.util.Arrays;
import org.snn4j.neurons.surrogate.Surrogate;

/**
 * The float32 twin of {@link LinearChargeKernel}: the same equations and block loops in
 * {@code float} from end to end (bulk copies between the arrays' buffers and per-block scratch,
 * no conversion), which is what makes the fused path fast for training. Tests pin it to the
 * float64 kernel, which the reference-vs-fused sweep pins to the tape. Unlike the float64 kernel
 * it keeps nothing between the passes: backward re-runs each block's recurrence from the input
 * (which the graph holds anyway) into a cache-sized buffer, then sweeps it in reverse.
 *
 * <p>Two details let HotSpot vectorise the inner loops (about 5× faster than a compare per
 * element): every array in a loop is indexed by the same {@code i} (per-block copies of the
 * per-neuron coefficients), and the spike is computed without a comparison (see
 * {@link #heaviside}).
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

    /**
     * {@code H(d)} (with {@code H(±0) = 1}) in arithmetic the JIT vectorises: {@code e = d·2²³ + 2⁻¹⁴⁹}
     * is never zero and has the sign of {@code d ≥ 0}, so {@code (1 + e/|e|)/2} is exactly 1 or 0.
     * Exact for {@code |d| < 4·10³¹}; a membrane beyond that (or NaN) gives NaN.
     */
    static float heaviside(float d) {
        float e = d * 0x1p23f + 0x1p-149f;
        return 0.5f + 0.5f * (e / Math.abs(e));
    }

    /** The coefficients of neurons {@code [n0, n0 + len)}, each indexed from 0. */
    private record Slice(float[] a, float[] b, float[] c, float[] theta) {
    }

    private Slice slice(int n0, int len) {
        return new Slice(Arrays.copyOfRange(a, n0, n0 + len), Arrays.copyOfRange(b, n0, n0 + len),
                Arrays.copyOfRange(c, n0, n0 + len), Arrays.copyOfRange(theta, n0, n0 + len));
    }

    @Override
    public void forward(int block, Lanes x, Lanes v0, Lanes out, Lanes store, Lanes vFinal) {
        int bIdx = layout.sampleOf(block);
        int n0 = layout.firstNeuron(block);
        int len = layout.width(block);
        Slice k = slice(n0, len);
        float[] v = new float[len];
        float[] xs = new float[len];
        float[] hs = new float[len];
        float[] ss = new float[len];
        v0.readFloats(layout.stateIndex(bIdx, n0), v, len);
        run(k, bIdx, n0, len, x, v, xs, hs, ss, out, null);
        vFinal.writeFloats(layout.stateIndex(bIdx, n0), v, len);
    }

    /**
     * The recurrence over every step of one block: writes each step's output to {@code out}
     * and/or its pre-reset membrane to {@code membrane[t·len ..]} (either may be null). The inner
     * loop is kept in this method, with locals only, so that HotSpot compiles it the same way
     * wherever it runs. The reset is written {@code v = h + s·(q·(vReset − h) − r·θ)}, the
     * arrangement of the {@link ResetLaw} HotSpot vectorises reliably: exact for s = 0, for
     * subtraction and for a reset to 0; a reset to another value lands within a float32 rounding.
     */
    private void run(Slice k, int bIdx, int n0, int len, Lanes x, float[] v, float[] xs, float[] hs, float[] ss,
                     Lanes out, float[] membrane) {
        float[] ka = k.a();
        float[] kb = k.b();
        float[] kc = k.c();
        float[] th = k.theta();
        float q = toValue;
        float r = subtract;
        float vr = vReset;
        for (int t = 0; t < layout.steps(); t++) {
            int base = layout.index(t, bIdx, n0);
            x.readFloats(base, xs, len);
            for (int i = 0; i < len; i++) {
                float h = ka[i] * v[i] + kb[i] * xs[i] + kc[i];
                float s = heaviside(h - th[i]);
                v[i] = h + s * (q * (vr - h) - r * th[i]);
                hs[i] = h;
                ss[i] = s;
            }
            if (out != null) {
                out.writeFloats(base, spikeOut ? ss : hs, len);
            }
            if (membrane != null) {
                System.arraycopy(hs, 0, membrane, t * len, len);
            }
        }
    }

    /** This kernel recomputes the membrane in backward instead of keeping it. */
    @Override
    public boolean keepsMembrane() {
        return false;
    }

    /**
     * The pre-reset membrane of one block for every step, {@code [T][len]} flattened: the forward
     * recurrence again (bit for bit the same values), kept in a block-local buffer that stays in
     * cache for the reverse sweep. Re-reading the input costs less memory traffic than writing,
     * zeroing and re-reading a whole-sequence membrane store.
     */
    private float[] membraneOfBlock(Slice k, int bIdx, int n0, int len, Lanes x, Lanes v0) {
        float[] all = new float[layout.steps() * len];
        float[] v = new float[len];
        v0.readFloats(layout.stateIndex(bIdx, n0), v, len);
        run(k, bIdx, n0, len, x, v, new float[len], new float[len], new float[len], null, all);
        return all;
    }

    /** {@code store} is unused (the membrane is recomputed); partials are accumulated in double. */
    @Override
    public double[][] backward(int block, Lanes g, Lanes store, Lanes x, Lanes v0, Lanes gx, Lanes gv0,
                               boolean thetaGrad, boolean coefGrad) {
        int bIdx = layout.sampleOf(block);
        int n0 = layout.firstNeuron(block);
        int len = layout.width(block);
        Slice k = slice(n0, len);
        float[] hAll = membraneOfBlock(k, bIdx, n0, len, x, v0);
        Scratch32 s = new Scratch32(len, thetaGrad, coefGrad);
        for (int t = layout.steps() - 1; t >= 0; t--) {
            int base = layout.index(t, bIdx, n0);
            g.readFloats(base, s.g, len);
            System.arraycopy(hAll, t * len, s.h, 0, len);
            float[] th = k.theta();
            for (int i = 0; i < len; i++) {
                s.sg[i] = s.h[i] - th[i];
            }
            surrogate.derivativeInPlace(s.sg, 0, len);
            if (coefGrad) {
                x.readFloats(base, s.x, len);
                previousMembrane(t, bIdx, n0, len, hAll, v0, s.vPrev, k);
            }
            stepBack(k, len, s);
            if (gx != null) {
                gx.writeFloats(base, s.gx, len);
            }
        }
        if (gv0 != null) {
            gv0.writeFloats(layout.stateIndex(bIdx, n0), s.gv, len);
        }
        return new double[][] {s.dTheta, s.dA, s.dB, s.dC};
    }

    private void previousMembrane(int t, int bIdx, int n0, int len, float[] hAll, Lanes v0, float[] vPrev, Slice k) {
        if (t == 0) {
            v0.readFloats(layout.stateIndex(bIdx, n0), vPrev, len);
            return;
        }
        System.arraycopy(hAll, (t - 1) * len, vPrev, 0, len);
        float[] th = k.theta();
        for (int i = 0; i < len; i++) {
            float h = vPrev[i];
            vPrev[i] = h + heaviside(h - th[i]) * (toValue * (vReset - h) - subtract * th[i]);
        }
    }

    /**
     * One reverse step in simple passes (each one vectorises; a single fused loop does not):
     * {@code G_s} and {@code G_h}, the parameter partials, then {@code ∂L/∂x} and the carried
     * {@code G_v}.
     */
    private void stepBack(Slice k, int len, Scratch32 s) {
        membraneGradient(k.theta(), len, s);
        if (s.dTheta != null || s.dA != null) {
            s.accumulate(len, subtract);
        }
        float[] ka = k.a();
        float[] kb = k.b();
        for (int i = 0; i < len; i++) {
            s.gx[i] = s.gH[i] * kb[i];
            s.gv[i] = s.gH[i] * ka[i];
        }
    }

    /** {@code G_s} and {@code G_h} of this step; the spikes only when the reset to a value or ∂L/∂θ needs them. */
    private void membraneGradient(float[] th, int len, Scratch32 s) {
        float spikeIn = spikeOut ? 1f : 0f;
        float membraneIn = 1f - spikeIn;
        float q = toValue;
        float r = subtract;
        float vr = vReset;
        float keep = keepReset;
        float[] g = s.g;
        float[] h = s.h;
        float[] gv = s.gv;
        if (q != 0 || s.dTheta != null) {
            for (int i = 0; i < len; i++) {
                s.spike[i] = heaviside(h[i] - th[i]);
            }
        }
        for (int i = 0; i < len; i++) {
            s.gS[i] = spikeIn * g[i] - keep * gv[i] * (r * th[i] + q * (h[i] - vr));
        }
        if (q != 0) {
            for (int i = 0; i < len; i++) {
                s.gH[i] = s.gS[i] * s.sg[i] + gv[i] - q * gv[i] * s.spike[i] + membraneIn * g[i];
            }
        } else {
            for (int i = 0; i < len; i++) {
                s.gH[i] = s.gS[i] * s.sg[i] + gv[i] + membraneIn * g[i];
            }
        }
    }
}
