package org.snn4j.neurons.fused;

import org.snn4j.neurons.model.ChargeLaw;
import org.snn4j.neurons.model.Readout;
import org.snn4j.neurons.model.ResetLaw;
import org.snn4j.neurons.surrogate.Surrogate;

/**
 * Everything the fused linear-charge kernel needs besides its tensors.
 *
 * @param law       the charge step {@code h = a·v + b·x + c}
 * @param reset     the reset after a spike
 * @param surrogate the spike's surrogate derivative
 * @param readout   whether the sequence outputs spikes or the pre-reset membrane
 */
public record LinearChargeSpec(ChargeLaw law, ResetLaw reset, Surrogate surrogate, Readout readout) {
    public LinearChargeSpec {
        if (law == null || reset == null || surrogate == null || readout == null) {
            throw new IllegalArgumentException("linear charge spec: law, reset, surrogate and readout are required");
        }
    }
}
