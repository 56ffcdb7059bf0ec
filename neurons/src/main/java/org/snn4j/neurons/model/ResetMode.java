package org.snn4j.neurons.model;


/**
 * What happens to the membrane after a spike (SpikingJelly's {@code neuronal_reset}), with
 * {@code h} the pre-reset membrane, {@code s̃} the spike (or the detached spike, see
 * {@link Firing#detachReset()}) and θ the threshold:
 *
 * <pre>
 * SUBTRACT:  v = h − s̃·θ                      ("soft" reset, keeps the overshoot)
 * TO_VALUE:  v = (1 − s̃)·h + s̃·vReset         ("hard" reset; STBP's u·(1 − o) with vReset = 0)
 * NONE:      v = h                           (no reset; e.g. a membrane readout)
 * </pre>
 */
public enum ResetMode {
    SUBTRACT,
    TO_VALUE,
    NONE;

    /** The same reset in the fused kernels' form. */
    public ResetLaw law(double vReset, boolean detach) {
        return switch (this) {
            case SUBTRACT -> new ResetLaw(1, 0, vReset, detach);
            case TO_VALUE -> new ResetLaw(0, 1, vReset, detach);
            case NONE -> new ResetLaw(0, 0, vReset, detach);
        };
    }
}
