package org.snn4j.neurons.model;

import org.nd4j.linalg.api.buffer.DataType;
import org.snn4j.autograd.Tensor;

/**
 * Leaky integrate-and-fire neuron in the iterative form of STBP (Wu et al. 2018,
 * "Spatio-temporal backpropagation for training high-performance spiking neural networks",
 * Front. Neurosci.; seed 004, eq. LIF-FP):
 *
 * <pre>
 * u[t+1] = β·u[t]·(1 − o[t]) + Σ_j w_j·o_j[t+1],   o[t] = H(u[t] − u_th),   β = exp(−dt/τ)
 * </pre>
 * written as charge / fire / reset with {@code x[t] = Σ_j w_j·o_j[t]} the synaptic input:
 * <pre>
 * charge: h[t] = β·v[t−1] + x[t]
 * fire:   s[t] = H(h[t] − θ)
 * reset:  v[t] = (1 − s̃)·h[t] + s̃·vReset   (TO_VALUE with vReset = 0 is exactly STBP's u·(1 − o));
 *         or h[t] − s̃·θ (SUBTRACT, snnTorch's default), or h[t] (NONE)
 * </pre>
 * τ and dt in ms; the membrane and θ in input units; {@code v[−1] = vReset}.
 */
public final class Lif extends LinearChargeNeuron {
    private final LifParameters parameters;
    private final double beta;

    public Lif(LifParameters parameters, int channels, DataType type) {
        super(parameters.firing(), channels, type);
        this.parameters = parameters;
        this.beta = parameters.beta();
    }

    @Override
    public String name() {
        return LifParameters.NAME;
    }

    @Override
    public LifParameters parameters() {
        return parameters;
    }

    @Override
    Tensor charge(Tensor v, Tensor x) {
        return v.mul(beta).add(x);
    }

    @Override
    ChargeLaw chargeLaw() {
        return ChargeLaw.constant(beta, 1.0, 0.0);
    }
}
