package org.snn4j.neurons.model;

import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;
import org.snn4j.neurons.fused.AdaptiveSpec;
import org.snn4j.neurons.fused.FusedAdaptive;
import org.snn4j.neurons.fused.FusedSequence;

/**
 * Adaptive-threshold LIF (Bellec et al. 2018, "Long short-term memory and learning-to-learn in
 * networks of spiking neurons", NeurIPS; the LSNN's ALIF): every spike raises the threshold,
 * which relaxes back with its own time constant.
 *
 * <pre>
 * charge:  h[t] = β·v[t−1] + x[t]                    β = exp(−dt/τ)
 * fire:    A[t] = θ + q[t−1],   s[t] = H(h[t] − A[t])
 * reset:   v[t] per {@link ResetMode} with A[t] in place of θ (SUBTRACT removes A[t])
 * adapt:   q[t] = ρ·q[t−1] + j·s[t]                 ρ = exp(−dt/τ_a), j = adaptationJump
 * </pre>
 * Bellec's {@code A = b₀ + β_B·b}, {@code b ← ρ·b + (1 − ρ)·z} is this with {@code θ = b₀},
 * {@code q = β_B·b}, {@code j = β_B·(1 − ρ)}. The adaptation always uses the attached spike
 * ({@code detachReset} only concerns the membrane reset). {@code v[−1] = vReset}, {@code q[−1] = 0}.
 */
public final class Alif implements NeuronModel<AlifParameters, AdaptiveState> {

    @Override
    public Class<AlifParameters> parametersType() {
        return AlifParameters.class;
    }

    @Override
    public AlifParameters defaults() {
        return AlifParameters.defaults();
    }

    @Override
    public AdaptiveState initialState(AlifParameters p, long[] stepShape, DataType type) {
        return new AdaptiveState(Tensor.constant(Nd4j.valueArrayOf(stepShape, p.firing().vReset(), type)),
                Tensor.constant(Nd4j.valueArrayOf(stepShape, 0.0, type)));
    }

    @Override
    public AdaptiveState state(List<Tensor> tensors) {
        return new AdaptiveState(tensors.get(0), tensors.get(1));
    }

    @Override
    public StepResult<AdaptiveState> step(Tensor input, AdaptiveState state, AlifParameters p, NeuronTensors t) {
        AdaptiveState s0 = state != null ? state : initialState(p, input.shape(), input.dataType());
        Firing f = p.firing();
        Tensor h = s0.membrane().mul(p.beta()).add(input);
        Tensor adapted = t.perChannel(NeuronTensors.THRESHOLD, input).add(s0.adaptation());
        Tensor spikes = f.fire(h, adapted);
        Tensor v = f.reset(h, spikes, adapted);
        Tensor q = s0.adaptation().mul(p.rho()).add(spikes.mul(p.adaptationJump()));
        return new StepResult<>(spikes, h, new AdaptiveState(v, q));
    }

    @Override
    public SequenceResult<AdaptiveState> fused(Tensor input, AdaptiveState initial, AlifParameters p,
                                               NeuronTensors t, Readout readout) {
        Firing f = p.firing();
        AdaptiveSpec spec = new AdaptiveSpec(ChargeLaw.constant(p.beta(), 1.0, 0.0), f.resetLaw(), f.surrogate(),
                readout, p.rho(), p.adaptationJump());
        FusedSequence r = FusedAdaptive.apply(spec, input, initial.membrane(), initial.adaptation(), t.threshold());
        return new SequenceResult<>(r.output(), new AdaptiveState(Tensor.constant(r.finalMembrane()),
                Tensor.constant(r.finalAdaptation())));
    }
}
