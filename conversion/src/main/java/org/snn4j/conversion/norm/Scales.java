package org.snn4j.conversion.norm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The normalisation scales λ^l of every layer: one value per layer, or one per output channel
 * (channel-wise). The input's scale λ^0 is 1 (pixel intensities in [0, 1] are already rates).
 *
 * @param perLayer λ^l for l = 1..L, each of length 1 or the layer's number of output channels;
 *                 every value finite and &gt; 0
 */
public record Scales(List<double[]> perLayer) {

    public Scales {
        List<double[]> copy = new ArrayList<>();
        for (int l = 0; l < perLayer.size(); l++) {
            double[] v = perLayer.get(l);
            if (v == null || v.length == 0) {
                throw new IllegalArgumentException("Scales: layer " + (l + 1) + " has no λ");
            }
            for (double x : v) {
                if (!(x > 0) || !Double.isFinite(x)) {
                    throw new IllegalArgumentException("Scales: layer " + (l + 1) + " has λ = " + x
                            + "; every λ must be finite and > 0");
                }
            }
            copy.add(v.clone());
        }
        perLayer = List.copyOf(copy);
    }

    /** Number of layers. */
    public int size() {
        return perLayer.size();
    }

    /** λ of layer {@code l} (0-based) expanded to {@code channels} values. */
    public double[] of(int l, int channels) {
        double[] v = perLayer.get(l);
        if (v.length == channels) {
            return v.clone();
        }
        if (v.length != 1) {
            throw new IllegalArgumentException("layer " + (l + 1) + " has " + v.length + " scales but " + channels
                    + " channels");
        }
        double[] out = new double[channels];
        Arrays.fill(out, v[0]);
        return out;
    }

    /** The largest λ of layer {@code l} (the layer's λ when not channel-wise). */
    public double max(int l) {
        return Arrays.stream(perLayer.get(l)).max().orElseThrow();
    }

    /** One value per layer (the maximum over channels), for tables. */
    public double[] summary() {
        double[] out = new double[size()];
        for (int l = 0; l < out.length; l++) {
            out[l] = max(l);
        }
        return out;
    }
}
