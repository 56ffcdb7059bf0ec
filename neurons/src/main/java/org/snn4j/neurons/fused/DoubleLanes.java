package org.snn4j.neurons.fused;

import java.util.Arrays;
import org.snn4j.autograd.backend.ArrayPool;
import org.snn4j.autograd.backend.BlockScratch;
import org.snn4j.autograd.backend.NativeArrays;
import org.snn4j.neurons.surrogate.Surrogate;

/**
 * The float64 {@link Lanes}: gradient checks, the fused-vs-tape sweep and conversion's IF
 * simulator. Same steps and arrangement as {@link FloatLanes}, in {@code double}.
 */
final class DoubleLanes implements Lanes<double[]> {
    static final DoubleLanes INSTANCE = new DoubleLanes();

    private DoubleLanes() {
    }

    /**
     * {@code H(d)} (with {@code H(±0) = 1}) without a branch: {@code e = d·2⁵² + 2⁻¹⁰⁷⁴} is never
     * zero and has the sign of {@code d ≥ 0}. Equals {@code d >= 0 ? 1 : 0} for {@code |d| < 4·10²⁹¹};
     * beyond that (or for NaN) NaN.
     */
    static double heaviside(double d) {
        double e = d * 0x1p52 + 0x1p-1074;
        return 0.5 + 0.5 * (e / Math.abs(e));
    }

    @Override
    public double[] alloc(int n) {
        return new double[n];
    }

    @Override
    public double[] pooled(int n) {
        return ArrayPool.doubles(n);
    }

    @Override
    public double[] scratch(int n) {
        double[] a = BlockScratch.current().take(Lanes.scratchLength(n));
        Arrays.fill(a, 0, n, 0.0);
        return a;
    }

    @Override
    public double[][] scratch(int n, int count) {
        double[][] arrays = new double[count][];
        for (int i = 0; i < count; i++) {
            arrays[i] = scratch(n);
        }
        return arrays;
    }

    @Override
    public double[] of(double[] values) {
        return values.clone();
    }

    @Override
    public void get(NativeArrays src, int index, double[] dst, int len) {
        src.get(index, dst, 0, len);
    }

    @Override
    public void put(NativeArrays dst, int index, double[] src, int len) {
        dst.put(index, src, 0, len);
    }

    @Override
    public void step(double[] a, double[] v, double[] b, double[] x, double[] c, double[] th, double q, double r,
                     double vr, double[] h, double[] s, int len) {
        for (int i = 0; i < len; i++) {
            double hi = a[i] * v[i] + b[i] * x[i] + c[i];
            double si = heaviside(hi - th[i]);
            v[i] = hi + si * (q * (vr - hi) - r * th[i]);
            h[i] = hi;
            s[i] = si;
        }
    }

    @Override
    public void stepDistance(double[] a, double[] v, double[] b, double[] x, double[] c, double[] th, double q, double r,
                             double vr, double[] h, double[] s, double[] d, int at, int len) {
        for (int i = 0; i < len; i++) {
            double hi = a[i] * v[i] + b[i] * x[i] + c[i];
            double di = hi - th[i];
            double si = heaviside(di);
            v[i] = hi + si * (q * (vr - hi) - r * th[i]);
            if (h != null) {
                h[i] = hi;
            }
            s[i] = si;
            d[at + i] = di;
        }
    }

    @Override
    public void derivativeInPlace(Surrogate f, double[] x, int from, int to) {
        f.derivativeInPlace(x, from, to);
    }

    @Override
    public void sweepStep(double gs, double[] g, double k, double[] gv, double r, double[] th, double q, double[] h,
                          double vr, double[] sigma, int at, double gh, double[] b, double[] gx, double[] a, int len) {
        for (int i = 0; i < len; i++) {
            double gS = gs * g[i] - k * gv[i] * (r * th[i] + q * (h[i] - vr));
            double gH = gS * sigma[at + i] + gv[i] + gh * g[i];
            gx[i] = gH * b[i];
            gv[i] = gH * a[i];
        }
    }

    @Override
    public void reset(double[] h, double[] th, double q, double r, double vr, double[] v, int len) {
        for (int i = 0; i < len; i++) {
            double hi = h[i];
            v[i] = hi + heaviside(hi - th[i]) * (q * (vr - hi) - r * th[i]);
        }
    }

    @Override
    public void fire(double[] h, double[] th, double[] s, int len) {
        for (int i = 0; i < len; i++) {
            s[i] = heaviside(h[i] - th[i]);
        }
    }

    @Override
    public void add(double[] x, double[] y, double[] out, int len) {
        for (int i = 0; i < len; i++) {
            out[i] = x[i] + y[i];
        }
    }

    @Override
    public void scaleAdd(double alpha, double[] y, double beta, double[] x, int len) {
        for (int i = 0; i < len; i++) {
            y[i] = alpha * y[i] + beta * x[i];
        }
    }

    @Override
    public void surrogate(Surrogate f, double[] h, double[] th, double[] sigma, int len) {
        for (int i = 0; i < len; i++) {
            sigma[i] = h[i] - th[i];
        }
        f.derivativeInPlace(sigma, 0, len);
    }

    @Override
    public void spikeGradient(double gs, double[] g, double k, double[] gv, double r, double[] th, double q,
                              double[] h, double vr, double j, double[] gq, double[] gS, int len) {
        for (int i = 0; i < len; i++) {
            gS[i] = gs * g[i] - k * gv[i] * (r * th[i] + q * (h[i] - vr));
        }
        if (gq != null) {
            for (int i = 0; i < len; i++) {
                gS[i] += j * gq[i];
            }
        }
    }

    @Override
    public void membraneGradient(double[] gS, double[] sigma, double[] gv, double q, double[] s, double gh,
                                 double[] g, double[] gH, int len) {
        if (q == 0) {
            for (int i = 0; i < len; i++) {
                gH[i] = gS[i] * sigma[i] + gv[i] + gh * g[i];
            }
            return;
        }
        for (int i = 0; i < len; i++) {
            gH[i] = gS[i] * sigma[i] + gv[i] - q * gv[i] * s[i] + gh * g[i];
        }
    }

    @Override
    public void thresholdGradient(double[] gS, double[] sigma, double r, double[] gv, double[] s, double[] gTheta,
                                  int len) {
        for (int i = 0; i < len; i++) {
            gTheta[i] = -gS[i] * sigma[i] - r * gv[i] * s[i];
        }
    }

    @Override
    public void chargeGradient(double[] gH, double[] b, double[] gx, double[] a, double[] gv, int len) {
        for (int i = 0; i < len; i++) {
            gx[i] = gH[i] * b[i];
            gv[i] = gH[i] * a[i];
        }
    }

    @Override
    public void accumulate(double[] x, double[] y, double[] sum, int len) {
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
    public void packBits(double[] s, long[] bits, int at, int len) {
        for (int i = 0; i < len; i++) {
            if (s[i] != 0) {
                int k = at + i;
                bits[k >>> 6] |= 1L << k;
            }
        }
    }

    @Override
    public void unpackBits(long[] bits, int at, double[] s, int len) {
        for (int i = 0; i < len; i++) {
            int k = at + i;
            s[i] = (bits[k >>> 6] >>> k) & 1L;
        }
    }
}
