package org.snn4j.neurons.model;

import org.snn4j.autograd.Tensor;

/**
 * Integrate-and-fire neuron (no leak), SpikingJelly's {@code IFNode}; the neuron of ANN-to-SNN
 * conversion (Diehl et al. 2015, "Fast-classifying, high-accuracy spiking deep networks through
 * weight and threshold balancing", IJCNN; Rueckauer et al. 2017).
 *
 * <pre>
 * charge: h[t] = v[t−1] + x[t]
 * fire:   s[t] = H(h[t] − θ)
 * reset:  v[t] = h[t] − s̃·θ  |  (1 − s̃)·h[t] + s̃·vReset  |  h[t]      (see {@link ResetMode})
 * </pre>
 * {@code x} is the input current per step in membrane units; {@code v[−1] = vReset}.
 */
public final class IfNeuron extends LinearChargeNeuron<IfParameters> {

    @Override
    public Class<IfParameters> parametersType() {
        return IfParameters.class;
    }

    @Override
    public IfParameters defaults() {
        return new IfParameters(Firing.defaults());
    }

    @Override
    Tensor charge(Tensor v, Tensor x, IfParameters p, NeuronTensors t) {
        return v.add(x);
    }

    @Override
    ChargeLaw chargeLaw(IfParameters p, NeuronTensors t) {
        return ChargeLaw.integrate();
    }
}
