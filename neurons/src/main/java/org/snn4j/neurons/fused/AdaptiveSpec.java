package org.snn4j.neurons.fused;

import org.snn4j.neurons.model.ChargeLaw;
import org.snn4j.neurons.model.Readout;
import org.snn4j.neurons.model.ResetLaw;
import org.snn4j.neurons.surrogate.Surrogate;

/**
 * Everything the fused adaptive-threshold kernel needs besides its tensors.
 *
 * @param law             a charge law without learnable parameter ({@code h = a·v + b·x + c})
 * @param reset           the reset; {@code subtract} removes the adapted threshold {@code A}
 * @param surrogate       the spike's surrogate derivative
 * @param readout         spikes or pre-reset membrane
 * @param adaptationDecay ρ ∈ [0, 1): per-step decay of the threshold adaptation
 * @param adaptationJump  the adaptation added per spike (membrane units)
 */
public record AdaptiveSpec(ChargeLaw law, ResetLaw reset, Surrogate surrogate, Readout readout,
                           double adaptationDecay, double adaptationJump) {
    public AdaptiveSpec {
        if (law == null || reset == null || surrogate == null || readout == null) {
            throw new IllegalArgumentException("adaptive spec: law, reset, surrogate and readout are required");
        }
        if (law.parameter() != null) {
            throw new IllegalArgumentException("adaptive spec: the charge law must not have a learnable parameter");
        }
        if (!(adaptationDecay >= 0 && adaptationDecay < 1)) {
            throw new IllegalArgumentException("adaptive spec: adaptationDecay = " + adaptationDecay + " must be in [0, 1)");
        }
        if (!Double.isFinite(adaptationJump)) {
            throw new IllegalArgumentException("adaptive spec: adaptationJump = " + adaptationJump + " must be finite");
        }
    }
}
