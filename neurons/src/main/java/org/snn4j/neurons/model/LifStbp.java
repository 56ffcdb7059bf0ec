package org.snn4j.neurons.model;

import org.snn4j.autograd.Tensor;
import org.snn4j.neurons.model.ChargeLaw;

/**
 * Leaky integrate-and-fire neuron in the iterative form of STBP (Wu et al. 2018,
 * "Spatio-temporal backpropagation for training high-performance spiking neural networks",
 * Front. Neurosci. 12:331, the iterative LIF of its forward pass):
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
 * τ and dt in ms; the membrane and θ in input units; {@code v[−1] = vReset}. Registry name
 * {@code "lif-stbp"} (before the rename to {@link Lif} it was {@code "lif"}).
 */
public final class LifStbp extends LinearChargeNeuron<LifStbpParameters> {

    @Override
    public Class<LifStbpParameters> parametersType() {
        return LifStbpParameters.class;
    }

    @Override
    public LifStbpParameters defaults() {
        return LifStbpParameters.defaults();
    }

    @Override
    Tensor charge(Tensor v, Tensor x, LifStbpParameters p, NeuronTensors t) {
        return v.mul(p.beta()).add(x);
    }

    @Override
    ChargeLaw chargeLaw(LifStbpParameters p, NeuronTensors t) {
        return ChargeLaw.constant(p.beta(), 1.0, 0.0);
    }
}
