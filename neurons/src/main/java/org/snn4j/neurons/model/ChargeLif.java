package org.snn4j.neurons.model;

import org.nd4j.linalg.api.buffer.DataType;
import org.snn4j.autograd.Tensor;

/**
 * Leaky integrate-and-fire neuron in SpikingJelly's charge form ({@code LIFNode}; Fang et al.
 * 2021): forward-Euler steps of {@code τ·dv/dt = −(v − vReset) + x} with {@code k = dt/τ}:
 *
 * <pre>
 * decayInput:   h[t] = v[t−1] + k·(x[t] − (v[t−1] − vReset))
 * otherwise:    h[t] = v[t−1] − k·(v[t−1] − vReset) + x[t]
 * fire, reset:  s[t] = H(h[t] − θ),  v[t] per {@link ResetMode}
 * </pre>
 * τ and dt in ms, membrane and θ in input units, {@code v[−1] = vReset}. The fused path uses the
 * equivalent coefficients {@code h = (1 − k)·v + (k or 1)·x + k·vReset}.
 */
public final class ChargeLif extends LinearChargeNeuron {
    private final ChargeLifParameters parameters;
    private final double k;

    public ChargeLif(ChargeLifParameters parameters, int channels, DataType type) {
        super(parameters.firing(), channels, type);
        this.parameters = parameters;
        this.k = parameters.factor();
    }

    @Override
    public String name() {
        return ChargeLifParameters.NAME;
    }

    @Override
    public ChargeLifParameters parameters() {
        return parameters;
    }

    @Override
    Tensor charge(Tensor v, Tensor x) {
        Tensor leak = v.add(-firing.vReset());
        return parameters.decayInput() ? v.add(x.sub(leak).mul(k)) : v.sub(leak.mul(k)).add(x);
    }

    @Override
    ChargeLaw chargeLaw() {
        return ChargeLaw.constant(1.0 - k, parameters.decayInput() ? k : 1.0, k * firing.vReset());
    }
}
