package org.snn4j.neurons.model;

import org.snn4j.autograd.Tensor;

/**
 * The leaky integrate-and-fire neuron, in SpikingJelly's charge form ({@code LIFNode}; Fang et al.
 * 2021, "Incorporating learnable membrane time constant to enhance learning of spiking neural
 * networks", ICCV, Eq. 1 and its Euler discretisation): steps of
 * {@code τ·dv/dt = −(v − vReset) + x} with {@code k = dt/τ}:
 *
 * <pre>
 * decayInput:   h[t] = v[t−1] + k·(x[t] − (v[t−1] − vReset))
 * otherwise:    h[t] = v[t−1] − k·(v[t−1] − vReset) + x[t]
 * fire, reset:  s[t] = H(h[t] − θ),  v[t] per {@link ResetMode}
 * </pre>
 * τ and dt in ms, membrane and θ in input units, {@code v[−1] = vReset}. The fused path uses the
 * equivalent coefficients {@code h = (1 − k)·v + (k or 1)·x + k·vReset}. Registry name
 * {@code "lif"} (the LIF of the {@code *-lif-*} presets; older files call it {@code "lif-charge"}).
 */
public final class Lif extends LinearChargeNeuron<LifParameters> {

    @Override
    public Class<LifParameters> parametersType() {
        return LifParameters.class;
    }

    @Override
    public LifParameters defaults() {
        return LifParameters.defaults();
    }

    @Override
    Tensor charge(Tensor v, Tensor x, LifParameters p, NeuronTensors t) {
        double k = p.factor();
        Tensor leak = v.add(-p.firing().vReset());
        return p.decayInput() ? v.add(x.sub(leak).mul(k)) : v.sub(leak.mul(k)).add(x);
    }

    @Override
    ChargeLaw chargeLaw(LifParameters p, NeuronTensors t) {
        double k = p.factor();
        return ChargeLaw.constant(1.0 - k, p.decayInput() ? k : 1.0, k * p.firing().vReset());
    }
}
