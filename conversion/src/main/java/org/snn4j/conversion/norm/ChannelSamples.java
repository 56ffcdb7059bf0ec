package org.snn4j.conversion.norm;

import java.util.Arrays;

/** Growable per-channel storage of positive activation values, for exact percentiles. */
final class ChannelSamples {
    private final float[][] values;
    private final int[] sizes;

    ChannelSamples(int channels) {
        values = new float[channels][64];
        sizes = new int[channels];
    }

    void add(int channel, float v) {
        float[] a = values[channel];
        if (sizes[channel] == a.length) {
            a = Arrays.copyOf(a, a.length * 2);
            values[channel] = a;
        }
        a[sizes[channel]++] = v;
    }

    int channels() {
        return sizes.length;
    }

    /** The p-th percentile of the values of {@code channel} ({@code NaN} when it has none). */
    double percentile(int channel, double p) {
        float[] a = Arrays.copyOf(values[channel], sizes[channel]);
        return Percentiles.of(a, p);
    }

    /** The p-th percentile over all channels together. */
    double percentileAll(double p) {
        int n = 0;
        for (int s : sizes) {
            n += s;
        }
        float[] all = new float[n];
        int at = 0;
        for (int c = 0; c < sizes.length; c++) {
            System.arraycopy(values[c], 0, all, at, sizes[c]);
            at += sizes[c];
        }
        return Percentiles.of(all, p);
    }
}
