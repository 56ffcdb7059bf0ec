package org.snn4j.conversion.norm;

import java.util.Arrays;

/**
 * Percentiles with linear interpolation between order statistics (numpy's default, the one
 * Rueckauer et al. 2017 use): for sorted {@code v[0..n−1]}, rank {@code r = p/100·(n − 1)},
 * result {@code v[⌊r⌋] + (r − ⌊r⌋)·(v[⌊r⌋+1] − v[⌊r⌋])}.
 */
public final class Percentiles {
    private Percentiles() {
    }

    /** The p-th percentile (p in [0, 100]) of {@code values} (sorted in place); NaN when empty. */
    public static double of(float[] values, double p) {
        if (!(p >= 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile p must be in [0, 100], got " + p);
        }
        if (values.length == 0) {
            return Double.NaN;
        }
        Arrays.sort(values);
        double r = p / 100.0 * (values.length - 1);
        int lo = (int) Math.floor(r);
        int hi = Math.min(lo + 1, values.length - 1);
        return values[lo] + (r - lo) * ((double) values[hi] - values[lo]);
    }
}
