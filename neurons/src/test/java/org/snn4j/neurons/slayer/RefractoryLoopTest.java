package org.snn4j.neurons.slayer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link RefractoryLoop}: spikes at {@code u ≥ θ}, the refractory kernel added to later steps. */
class RefractoryLoopTest {

    @Test
    void aSpikeAddsTheRefractoryKernelToTheFollowingSteps() {
        // u is [T = 4, 2 neurons]; neuron 0 reaches θ = 1 at t = 1 (ν lowers t = 2 by 1.5 and t = 3 by
        // 0.5, so it fires again at t = 3); neuron 1 stays at 0.5
        double[] u = {0, 0, 1, 0.5, 0.9, 0.5, 2, 0.5};
        double[] s = new double[8];
        RefractoryLoop.fire(u, s, null, 4, 2, 1.0, new double[] {0, -1.5, -0.5}, null);
        assertEquals(java.util.List.of(0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 1.0, 0.0),
                java.util.Arrays.stream(s).boxed().toList());
        assertEquals(0.9 - 1.5, u[4], 1e-15);
        assertEquals(2 - 0.5, u[6], 0.0);
    }
}
