package org.snn4j.conversion.norm;

import java.util.Locale;

/**
 * A normalisation recipe: the method, its percentile and whether λ is taken per channel.
 *
 * <p>Channel-wise (Kim et al. 2020, Spiking-YOLO): every output channel of a Conv2d (every output
 * neuron of a Linear) gets its own λ, and weights are scaled as
 * {@code W[o,c,…] ← W[o,c,…]·λ^{l−1}_c/λ^l_o}. The output layer keeps one λ: per-class scales
 * would change which class has the highest rate.
 *
 * @param method      model-based, data-based (max) or percentile
 * @param percentile  p in (0, 100] for {@link NormMethod#PERCENTILE} (ignored otherwise, stored as 100)
 * @param channelWise one λ per output channel instead of one per layer
 */
public record Normalization(NormMethod method, double percentile, boolean channelWise) {

    public Normalization {
        if (method == null) {
            throw new IllegalArgumentException("Normalization.method must be MODEL, DATA or PERCENTILE");
        }
        if (method == NormMethod.PERCENTILE && !(percentile > 0 && percentile <= 100)) {
            throw new IllegalArgumentException("Normalization.percentile must be in (0, 100], got " + percentile);
        }
        if (method != NormMethod.PERCENTILE) {
            percentile = 100;
        }
    }

    public static Normalization model() {
        return new Normalization(NormMethod.MODEL, 100, false);
    }

    public static Normalization data() {
        return new Normalization(NormMethod.DATA, 100, false);
    }

    public static Normalization percentile(double p) {
        return new Normalization(NormMethod.PERCENTILE, p, false);
    }

    public Normalization withChannelWise(boolean on) {
        return new Normalization(method, percentile, on);
    }

    /** True when the method needs calibration data. */
    public boolean needsData() {
        return method != NormMethod.MODEL;
    }

    /**
     * Parses {@code model}, {@code data}, {@code percentile:P} (e.g. {@code percentile:99.9}), each
     * optionally prefixed by {@code channel-} for the channel-wise variant.
     */
    public static Normalization parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        boolean channel = t.startsWith("channel-");
        String m = channel ? t.substring("channel-".length()) : t;
        Normalization n;
        if (m.equals("model")) {
            n = model();
        } else if (m.equals("data") || m.equals("max")) {
            n = data();
        } else if (m.startsWith("percentile:")) {
            try {
                n = percentile(Double.parseDouble(m.substring("percentile:".length())));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--norm percentile:P needs a number P in (0, 100], got '" + text + "'");
            }
        } else {
            throw new IllegalArgumentException("--norm must be model, data or percentile:P (optionally prefixed by "
                    + "'channel-'), got '" + text + "'");
        }
        return n.withChannelWise(channel);
    }

    /** The short name used in reports: {@code model}, {@code data}, {@code percentile:99.9}, ... */
    public String label() {
        String base = switch (method) {
            case MODEL -> "model";
            case DATA -> "data";
            case PERCENTILE -> "percentile:" + trim(percentile);
        };
        return channelWise ? "channel-" + base : base;
    }

    private static String trim(double p) {
        return p == Math.rint(p) ? Long.toString((long) p) : Double.toString(p);
    }
}
