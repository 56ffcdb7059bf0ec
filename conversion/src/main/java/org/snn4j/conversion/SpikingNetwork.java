package org.snn4j.conversion;

import java.util.ArrayList;
import java.util.List;
import org.snn4j.conversion.network.ConvertedNetwork;
import org.snn4j.conversion.norm.ApplyMode;
import org.snn4j.conversion.norm.Scales;

/**
 * A converted, normalised network of IF neurons ready for simulation: the synapse weights, the
 * firing threshold of every output channel of every layer, and whether a spike carries the
 * value 1 or its layer's threshold (threshold balancing, Sengupta et al. 2019; equivalent to weight
 * normalisation under reset by subtraction, Rueckauer et al. 2017, Sect. 2.1).
 *
 * <pre>
 * WEIGHTS:    W^l·λ^{l−1}/λ^l, b^l/λ^l,  V_thr^l = 1,    spike value 1
 * THRESHOLD:  W^l,             b^l,      V_thr^l = λ^l,  spike value V_thr^l
 * </pre>
 *
 * @param network    the stages with the weights used by the simulation
 * @param thresholds {@code V_thr} per layer, one value per output channel
 * @param mode       how {@code scales} were applied
 * @param scales     the normalisation scales λ^l
 * @param label      a name for reports, e.g. {@code percentile:99.9/weights}
 */
public record SpikingNetwork(ConvertedNetwork network, List<double[]> thresholds, ApplyMode mode, Scales scales,
                             String label) {

    public SpikingNetwork {
        if (thresholds.size() != network.stages().size()) {
            throw new IllegalArgumentException("SpikingNetwork: " + network.stages().size() + " layers but "
                    + thresholds.size() + " threshold vectors");
        }
        List<double[]> copy = new ArrayList<>();
        for (int l = 0; l < thresholds.size(); l++) {
            double[] t = thresholds.get(l);
            int channels = network.stages().get(l).weighted().outputChannels();
            if (t.length != channels) {
                throw new IllegalArgumentException("SpikingNetwork: layer " + (l + 1) + " needs " + channels
                        + " thresholds, got " + t.length);
            }
            for (double v : t) {
                if (!(v > 0) || !Double.isFinite(v)) {
                    throw new IllegalArgumentException("SpikingNetwork: layer " + (l + 1) + " threshold " + v
                            + " must be finite and > 0");
                }
            }
            copy.add(t.clone());
        }
        thresholds = List.copyOf(copy);
    }

    /** True when a spike of a layer carries that layer's threshold (threshold balancing). */
    public boolean spikesCarryThreshold() {
        return mode == ApplyMode.THRESHOLD;
    }

    /** Number of layers. */
    public int layers() {
        return thresholds.size();
    }
}
