package org.snn4j.neurons.fused;

import java.util.Arrays;
import org.snn4j.autograd.backend.ArrayPool;
import org.snn4j.autograd.backend.BlockScratch;
import org.snn4j.autograd.backend.NativeArrays;
import org.snn4j.neurons.surrogate.Surrogate;

/** The float32 {@link Lanes}: the training fast path, computed in {@code float} from end to end. */
final class FloatLanes implements Lanes<float[]> {
    static final FloatLanes INSTANCE = new FloatLanes();
    /**
     * True when {@link #stepDistance} and {@link #sweepStep} run on the vector API ({@link
     * VectorFloatLanes}): the JVM was started with {@code --add-modules jdk.incubator.vector} and
     * {@code -Dsnn4j.vector=off} is not set.
     */
    static final boolean VECTOR = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()
            && !"off".equalsIgnoreCase(System.getProperty("snn4j.vector"));

    private FloatLanes() {
    }

    /**
     * {@code H(d)} (with {@code H(±0) = 1}) in arithmetic the JIT vectorises (about 5× faster than a
     * compare per element): {@code e = d·2²³ + 2⁻¹⁴⁹} is never zero and has the sign of
     * {@code d ≥ 0}, so {@code (1 + e/|e|)/2} is exactly 1 or 0. Exact for {@code |d| < 4·10³¹}; a
     * membrane beyond that (or NaN) gives NaN.
     */
    static float heaviside(float d) {
        float e = d * 0x1p23f + 0x1p-149f;
        return 0.5f + 0.5f * (e / Math.abs(e));
    }

    @Override
    public float[] alloc(int n) {
        return new float[n];
    }

    @Override
    public float[] pooled(int n) {
        return ArrayPool.floats(n);
    }

    @Override
    public float[] scratch(int n) {
        float[] a = BlockScratch.current().takeFloats(Lanes.scratchLength(n));
        Arrays.fill(a, 0, n, 0f);
        return a;
    }

    @Override
    public float[][] scratch(int n, int count) {
        float[][] arrays = new float[count][];
        for (int i = 0; i < count; i++) {
            arrays[i] = scratch(n);
        }
        return arrays;
    }

    @Override
    public float[] of(double[] values) {
        float[] f = new float[values.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) values[i];
        }
        return f;
    }

    @Override
    public void get(NativeArrays src, int index, float[] dst, int len) {
        src.get(index, dst, 0, len);
    }

    @Override
    public void put(NativeArrays dst, int index, float[] src, int len) {
        dst.put(index, src, 0, len);
    }

    @Override
    public void step(float[] a, float[] v, float[] b, float[] x, float[] c, float[] th, double q, double r,
                     double vReset, float[] h, float[] s, int len) {
        stepDistance(a, v, b, x, c, th, q, r, vReset, h, s, null, 0, len);
    }

    @Override
    public void stepDistance(float[] a, float[] v, float[] b, float[] x, float[] c, float[] th, double q, double r,
                             double vReset, float[] h, float[] s, float[] d, int at, int len) {
        if (VECTOR) {
            VectorFloatLanes.step(a, v, b, x, c, th, (float) q, (float) r, (float) vReset, h, s, d, at, len);
        } else {
            scalarStep(a, v, b, x, c, th, (float) q, (float) r, (float) vReset, h, s, d, at, 0, len);
        }
    }

    /**
     * The scalar loop of {@link #stepDistance} over {@code [from, len)} ({@code h}, {@code d} may be
     * null); {@link VectorFloatLanes#step} equals it bit for bit and runs its tail on it.
     */
    static void scalarStep(float[] a, float[] v, float[] b, float[] x, float[] c, float[] th, float q, float r,
                           float vr, float[] h, float[] s, float[] d, int at, int from, int len) {
        for (int i = from; i < len; i++) {
            float hi = a[i] * v[i] + b[i] * x[i] + c[i];
            float di = hi - th[i];
            float si = heaviside(di);
            v[i] = hi + si * (q * (vr - hi) - r * th[i]);
            s[i] = si;
            if (h != null) {
                h[i] = hi;
            }
            if (d != null) {
                d[at + i] = di;
            }
        }
    }

    @Override
    public void derivativeInPlace(Surrogate f, float[] x, int from, int to) {
        f.derivativeInPlace(x, from, to);
    }

    @Override
    public void sweepStep(double gs, float[] g, double k, float[] gv, double r, float[] th, double q, float[] h,
                          double vReset, float[] sigma, int at, double gh, float[] b, float[] gx, float[] a, int len) {
        if (VECTOR) {
            VectorFloatLanes.sweepStep((float) gs, g, (float) k, gv, (float) r, th, (float) q, h, (float) vReset,
                    sigma, at, (float) gh, b, gx, a, len);
        } else {
            scalarSweepStep((float) gs, g, (float) k, gv, (float) r, th, (float) q, h, (float) vReset, sigma, at,
                    (float) gh, b, gx, a, 0, len);
        }
    }

    /**
     * The scalar loop of {@link #sweepStep} over {@code [from, len)}; {@link VectorFloatLanes#sweepStep}
     * equals it bit for bit and runs its tail on it.
     */
    static void scalarSweepStep(float gs, float[] g, float k, float[] gv, float r, float[] th, float q, float[] h,
                                float vr, float[] sigma, int at, float gh, float[] b, float[] gx, float[] a, int from,
                                int len) {
        for (int i = from; i < len; i++) {
            float gS = gs * g[i] - k * gv[i] * (r * th[i] + q * (h[i] - vr));
            float gH = gS * sigma[at + i] + gv[i] + gh * g[i];
            gx[i] = gH * b[i];
            gv[i] = gH * a[i];
        }
    }

    @Override
    public void reset(float[] h, float[] th, double q, double r, double vReset, float[] v, int len) {
        float fq = (float) q;
        float fr = (float) r;
        float vr = (float) vReset;
        for (int i = 0; i < len; i++) {
            float hi = h[i];
            v[i] = hi + heaviside(hi - th[i]) * (fq * (vr - hi) - fr * th[i]);
        }
    }

    @Override
    public void fire(float[] h, float[] th, float[] s, int len) {
        for (int i = 0; i < len; i++) {
            s[i] = heaviside(h[i] - th[i]);
        }
    }

    @Override
    public void add(float[] x, float[] y, float[] out, int len) {
        for (int i = 0; i < len; i++) {
            out[i] = x[i] + y[i];
        }
    }

    @Override
    public void scaleAdd(double alpha, float[] y, double beta, float[] x, int len) {
        float fa = (float) alpha;
        float fb = (float) beta;
        for (int i = 0; i < len; i++) {
            y[i] = fa * y[i] + fb * x[i];
        }
    }

    @Override
    public void surrogate(Surrogate f, float[] h, float[] th, float[] sigma, int len) {
        for (int i = 0; i < len; i++) {
            sigma[i] = h[i] - th[i];
        }
        f.derivativeInPlace(sigma, 0, len);
    }

    @Override
    public void spikeGradient(double gs, float[] g, double k, float[] gv, double r, float[] th, double q, float[] h,
                              double vReset, double j, float[] gq, float[] gS, int len) {
        float fgs = (float) gs;
        float fk = (float) k;
        float fr = (float) r;
        float fq = (float) q;
        float vr = (float) vReset;
        for (int i = 0; i < len; i++) {
            gS[i] = fgs * g[i] - fk * gv[i] * (fr * th[i] + fq * (h[i] - vr));
        }
        if (gq != null) {
            float fj = (float) j;
            for (int i = 0; i < len; i++) {
                gS[i] += fj * gq[i];
            }
        }
    }

    @Override
    public void membraneGradient(float[] gS, float[] sigma, float[] gv, double q, float[] s, double gh, float[] g,
                                 float[] gH, int len) {
        float fq = (float) q;
        float fgh = (float) gh;
        if (q == 0) {
            for (int i = 0; i < len; i++) {
                gH[i] = gS[i] * sigma[i] + gv[i] + fgh * g[i];
            }
            return;
        }
        for (int i = 0; i < len; i++) {
            gH[i] = gS[i] * sigma[i] + gv[i] - fq * gv[i] * s[i] + fgh * g[i];
        }
    }

    @Override
    public void thresholdGradient(float[] gS, float[] sigma, double r, float[] gv, float[] s, float[] gTheta, int len) {
        float fr = (float) r;
        for (int i = 0; i < len; i++) {
            gTheta[i] = -gS[i] * sigma[i] - fr * gv[i] * s[i];
        }
    }

    @Override
    public void chargeGradient(float[] gH, float[] b, float[] gx, float[] a, float[] gv, int len) {
        for (int i = 0; i < len; i++) {
            gx[i] = gH[i] * b[i];
            gv[i] = gH[i] * a[i];
        }
    }

    @Override
    public void accumulate(float[] x, float[] y, double[] sum, int len) {
        if (y == null) {
            for (int i = 0; i < len; i++) {
                sum[i] += x[i];
            }
        } else {
            for (int i = 0; i < len; i++) {
                sum[i] += x[i] * y[i];
            }
        }
    }

    @Override
    public void packBits(float[] s, long[] bits, int at, int len) {
        for (int i = 0; i < len; i++) {
            if (s[i] != 0) {
                int k = at + i;
                bits[k >>> 6] |= 1L << k;
            }
        }
    }

    @Override
    public void unpackBits(long[] bits, int at, float[] s, int len) {
        for (int i = 0; i < len; i++) {
            int k = at + i;
            s[i] = (bits[k >>> 6] >>> k) & 1L;
        }
    }
}
