package org.snn4j.examples.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Tick positions and labels: "nice" steps (1, 2, 5 × 10^k) on a linear axis, powers of 2 on a log₂ axis. */
final class Ticks {
    private Ticks() {
    }

    /** About {@code target} ticks covering [lo, hi] at 1/2/5 × 10^k steps. */
    static List<Double> linear(double lo, double hi, int target) {
        double span = hi - lo;
        double raw = span / Math.max(1, target);
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = mag;
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * mag >= raw) {
                step = m * mag;
                break;
            }
        }
        List<Double> out = new ArrayList<>();
        for (double v = Math.ceil(lo / step - 1e-9) * step; v <= hi + 1e-9 * step; v += step) {
            out.add(Math.abs(v) < 1e-12 * step ? 0.0 : v);
        }
        return out;
    }

    /** Powers of two in [lo, hi] (both &gt; 0). */
    static List<Double> log2(double lo, double hi) {
        List<Double> out = new ArrayList<>();
        for (double v = Math.pow(2, Math.ceil(Math.log(lo) / Math.log(2) - 1e-9)); v <= hi * (1 + 1e-9); v *= 2) {
            out.add(v);
        }
        return out;
    }

    /** A short label: integers without decimals, otherwise up to 4 significant digits. */
    static String label(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.4g", v).replaceAll("\\.?0+$", "");
    }
}
