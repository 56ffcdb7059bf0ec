package org.snn4j.bench;

import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.snn4j.autograd.Tensor;
import org.snn4j.neurons.model.ExecutionPath;
import org.snn4j.neurons.model.Firing;
import org.snn4j.neurons.model.Lif;
import org.snn4j.neurons.model.LifParameters;
import org.snn4j.neurons.model.NeuronTensors;
import org.snn4j.neurons.model.Readout;
import org.snn4j.neurons.model.ResetMode;
import org.snn4j.neurons.surrogate.ATan;

/**
 * The LIF neuron of every {@code shared/bench} workload ({@code snnbits.py}), in this one place so
 * that the bench networks stay in step with the scripts:
 *
 * <pre>
 * h_t = β·u_{t−1} + I_t,   s_t = H(h_t − θ),   u_t = h_t − θ·s_t   (soft reset, detached),  u_0 = 0
 * β = 0.9, θ = 1, ∂H/∂x ≈ (α/2) / (1 + (π/2·α·x)²) with α = 2  (atan surrogate, Fang et al. 2021)
 * </pre>
 * As SpikingJelly's charge-form LIF with τ = 10 ms, dt = 1 ms and no input decay: β = 1 − dt/τ.
 */
final class ReferenceLif {
    /** τ in ms at dt = 1 ms, so that β = 1 − dt/τ = 0.9. */
    static final double TAU_MS = 10.0;
    private static final Lif MODEL = new Lif();
    private static final LifParameters PARAMETERS = new LifParameters(TAU_MS, 1.0, false,
            Firing.defaults().withThreshold(1.0).withReset(ResetMode.SUBTRACT).withDetachReset(true)
                    .withSurrogate(new ATan(2.0)));
    private static final NeuronTensors TENSORS = NeuronTensors.of(Map.of(), PARAMETERS.firing(), DataType.FLOAT);

    private ReferenceLif() {
    }

    /** The spikes of float32 {@code current [T, B, ...]} on the fused path, from rest. */
    static Tensor spikes(Tensor current) {
        return MODEL.sequence(current, null, PARAMETERS, TENSORS, ExecutionPath.FUSED, Readout.SPIKES).output();
    }
}
