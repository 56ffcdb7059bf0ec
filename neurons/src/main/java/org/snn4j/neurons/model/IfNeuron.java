package org.snn4j.neurons.model;

import org.nd4j.linalg.api.buffer.DataType;
import org.snn4j.autograd.Tensor;

/**
 * Integrate-and-fire neuron (no leak), SpikingJelly's {@code IFNode}; the neuron of ANN-to-SNN
 * conversion (Diehl et al. 2015; Rueckauer et al. 2017).
 *
 * <pre>
 * charge: h[t] = v[t−1] + x[t]
 * fire:   s[t] = H(h[t] − θ)
 * reset:  v[t] = h[t] − s̃·θ  |  (1 − s̃)·h[t] + s̃·vReset  |  h[t]      (see {@link ResetMode})
 * </pre>
 * {@code x} is the input current per step in membrane units; {@code v[−1] = vReset}.
 */
public final class IfNeuron extends LinearChargeNeuron {
    private final IfParameters parameters;

    public IfNeuron(IfParameters parameters, int channels, DataType type) {
        super(parameters.firing(), channels, type);
        this.parameters = parameters;
    }

    @Override
    public String name() {
        return IfParameters.NAME;
    }

    @Override
    public IfParameters parameters() {
        return parameters;
    }

    @Override
    Tensor charge(Tensor v, Tensor x) {
        return v.add(x);
    }

    @Override
    ChargeLaw chargeLaw() {
        return ChargeLaw.integrate();
    }
}
