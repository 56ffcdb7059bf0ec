package org.snn4j.neurons.model;

import org.nd4j.linalg.api.buffer.DataType;
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
public final class Alif extends NeuronBase<AdaptiveState> {
    private final AlifParameters parameters;
    private final double beta;
    private final double rho;

    public Alif(AlifParameters parameters, int channels, DataType type) {
        super(parameters.firing(), channels, type);
        this.parameters = parameters;
        this.beta = parameters.beta();
        this.rho = parameters.rho();
    }

    @Override
    public String name() {
        return AlifParameters.NAME;
    }

    @Override
    public AlifParameters parameters() {
        return parameters;
    }

    @Override
    public AdaptiveState initialState(long[] stepShape, DataType dataType) {
        return new AdaptiveState(filled(stepShape, firing.vReset(), dataType), filled(stepShape, 0.0, dataType));
    }

    @Override
    public StepResult<AdaptiveState> step(Tensor input, AdaptiveState state) {
        checkInput(input, 1, "step input [B, ...]");
        AdaptiveState s0 = state != null ? state : initialState(input.shape(), type);
        Tensor h = s0.membrane().mul(beta).add(input);
        Tensor adapted = perChannel(threshold, input).add(s0.adaptation());
        Tensor spikes = fire(h, adapted);
        Tensor v = reset(h, spikes, adapted);
        Tensor q = s0.adaptation().mul(rho).add(spikes.mul(parameters.adaptationJump()));
        return new StepResult<>(spikes, h, new AdaptiveState(v, q));
    }

    @Override
    SequenceResult<AdaptiveState> fused(Tensor input, AdaptiveState initial, Readout readout) {
        AdaptiveSpec spec = new AdaptiveSpec(ChargeLaw.constant(beta, 1.0, 0.0), resetLaw(), firing.surrogate(),
                readout, rho, parameters.adaptationJump());
        FusedSequence r = FusedAdaptive.apply(spec, input, initial.membrane(), initial.adaptation(), threshold);
        return new SequenceResult<>(r.output(), new AdaptiveState(Tensor.constant(r.finalMembrane()),
                Tensor.constant(r.finalAdaptation())));
    }
}
