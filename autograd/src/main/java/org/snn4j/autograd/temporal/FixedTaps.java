package org.snn4j.autograd.temporal;

import java.util.Arrays;

/** A {@link TemporalKernel} given by its taps (package-private; see {@link TemporalKernel#ofTaps}). */
final class FixedTaps implements TemporalKernel {
    private final double[] taps;

    FixedTaps(double[] taps) {
        if (taps == null || taps.length == 0) {
            throw new IllegalArgumentException("taps must hold at least one value");
        }
        for (int k = 0; k < taps.length; k++) {
            if (!Double.isFinite(taps[k])) {
                throw new IllegalArgumentException("taps[" + k + "] must be finite, got " + taps[k]);
            }
        }
        this.taps = taps.clone();
    }

    @Override
    public double[] taps() {
        return taps.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FixedTaps f && Arrays.equals(taps, f.taps);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(taps);
    }

    @Override
    public String toString() {
        return "TemporalKernel.ofTaps" + Arrays.toString(taps);
    }
}
