package org.snn4j.neurons.model;

/**
 * The membrane reset after a spike as two coefficients (SpikingJelly's {@code neuronal_reset},
 * Fang et al. 2021; see {@link ResetMode}):
 *
 * <pre>
 * v = (1 − toValue·s̃)·h + toValue·s̃·vReset − subtract·s̃·θ
 * </pre>
 * which the fused kernels evaluate as {@code v = h + s̃·(toValue·(vReset − h) − subtract·θ)}.
 * {@code (subtract, toValue) = (1, 0)} is reset by subtraction ({@code v = h − s̃·θ}),
 * {@code (0, 1)} reset to a value ({@code v = (1 − s̃)·h + s̃·vReset}), {@code (0, 0)} no reset.
 * {@code s̃} is the spike, or the spike cut from the graph when {@code detach} is set
 * (SpikingJelly's {@code detach_reset}): the reset then passes no gradient through the spike.
 *
 * @param subtract 1 to subtract the threshold, else 0
 * @param toValue  1 to reset to {@code vReset}, else 0
 * @param vReset   the reset potential (membrane units)
 * @param detach   whether the reset uses the detached spike
 */
public record ResetLaw(double subtract, double toValue, double vReset, boolean detach) {
    public ResetLaw {
        if (!(subtract == 0 || subtract == 1) || !(toValue == 0 || toValue == 1) || subtract + toValue > 1) {
            throw new IllegalArgumentException("reset law: (subtract, toValue) must be (1,0), (0,1) or (0,0), got ("
                    + subtract + "," + toValue + ")");
        }
        if (!Double.isFinite(vReset)) {
            throw new IllegalArgumentException("reset law: vReset = " + vReset + " must be finite");
        }
    }
}
