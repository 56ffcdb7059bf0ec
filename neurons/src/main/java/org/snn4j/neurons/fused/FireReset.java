package org.snn4j.neurons.fused;

import org.snn4j.neurons.model.Readout;
import org.snn4j.neurons.model.ResetLaw;
import org.snn4j.neurons.surrogate.Surrogate;

/**
 * The fire / reset / readout constants both kernel bodies use: {@code r} ({@code subtract}) and
 * {@code q} ({@code toValue}) of the {@link ResetLaw}, {@code vReset}, {@code k} = 0 for a detached
 * reset (else 1), whether the sequence outputs spikes, and the surrogate derivative (null for a
 * forward-only kernel).
 */
record FireReset(double subtract, double toValue, double vReset, double keepReset, boolean spikeOut,
                 Surrogate surrogate) {

    static FireReset of(ResetLaw reset, Readout readout, Surrogate surrogate) {
        return new FireReset(reset.subtract(), reset.toValue(), reset.vReset(), reset.detach() ? 0.0 : 1.0,
                readout == Readout.SPIKES, surrogate);
    }

    /** The incoming gradient's weight on {@code G_s}: 1 for a spike readout, else 0. */
    double spikeIn() {
        return spikeOut ? 1.0 : 0.0;
    }
}
