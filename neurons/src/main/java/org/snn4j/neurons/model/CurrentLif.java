package org.snn4j.neurons.model;

import java.util.Arrays;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.ops.Indexing;
import org.snn4j.autograd.ops.Joining;
import org.snn4j.neurons.model.ChargeLaw;
import org.snn4j.neurons.fused.FusedLinearCharge;
import org.snn4j.neurons.fused.FusedSequence;
import org.snn4j.neurons.fused.LinearChargeSpec;
import org.snn4j.neurons.model.Readout;

/**
 * Current-based LIF with a synaptic kernel and separate rest and reset potentials: the membrane
 * equation STBP starts from (Wu et al. 2018, "Spatio-temporal backpropagation for training
 * high-performance spiking neural networks", Front. Neurosci. 12:331, Eq. 1, kernel form)
 *
 * <pre>
 * τ·du/dt = −[u − u_rest] + Σ_j w_j Σ_k K(t − t_j^k),   s = 1 and u = u_reset when u ≥ θ
 * </pre>
 * with the exponential synaptic kernel {@code K(t) = exp(−t/τ_s)}, iterated per step of dt
 * (the kernel as a synaptic current {@code i}, the membrane in STBP's iterative form):
 * <pre>
 * current: i[t] = α·i[t−1] + x[t]                         α = exp(−dt/τ_s), x[t] = Σ_j w_j·o_j[t]
 * charge:  h[t] = u_rest + β·(v[t−1] − u_rest) + i[t]      β = exp(−dt/τ)
 * fire:    s[t] = H(h[t] − θ)
 * reset:   v[t] per {@link ResetMode}; TO_VALUE resets to u_reset = {@link Firing#vReset()}
 * </pre>
 * {@code v[−1] = u_rest}, {@code i[−1] = 0}. The fused path filters the input into the current on
 * the tape (linear, spike-free) and runs the membrane as {@link FusedLinearCharge} with
 * {@code (a, b, c) = (β, 1, (1 − β)·u_rest)}; its final state is detached.
 */
public final class CurrentLif implements NeuronModel<CurrentLifParameters, CurrentLif.State> {

    /**
     * The state: post-reset membrane {@code v} and synaptic current {@code i}, both {@code [B, ...]}.
     *
     * @param membrane post-reset membrane potential
     * @param current  synaptic current (membrane units per step)
     */
    public record State(Tensor membrane, Tensor current) implements NeuronState {
        public State {
            if (membrane == null || current == null || !Arrays.equals(membrane.shape(), current.shape())) {
                throw new IllegalArgumentException("lif-current state: membrane and current are required, same shape");
            }
        }

        @Override
        public List<Tensor> tensors() {
            return List.of(membrane, current);
        }

        @Override
        public State detach() {
            return new State(membrane.detach(), current.detach());
        }
    }

    @Override
    public Class<CurrentLifParameters> parametersType() {
        return CurrentLifParameters.class;
    }

    @Override
    public CurrentLifParameters defaults() {
        return CurrentLifParameters.defaults();
    }

    @Override
    public State initialState(CurrentLifParameters p, long[] stepShape, DataType type) {
        return new State(Tensor.constant(Nd4j.valueArrayOf(stepShape, p.restPotential(), type)),
                Tensor.constant(Nd4j.valueArrayOf(stepShape, 0.0, type)));
    }

    @Override
    public State state(List<Tensor> tensors) {
        return new State(tensors.get(0), tensors.get(1));
    }

    @Override
    public StepResult<State> step(Tensor input, State state, CurrentLifParameters p, NeuronTensors t) {
        State s0 = state != null ? state : initialState(p, input.shape(), input.dataType());
        Firing f = p.firing();
        Tensor i = s0.current().mul(p.alpha()).add(input);
        Tensor h = s0.membrane().mul(p.beta()).add(i).add((1.0 - p.beta()) * p.restPotential());
        Tensor theta = t.perChannel(NeuronTensors.THRESHOLD, input);
        Tensor spikes = f.fire(h, theta);
        return new StepResult<>(spikes, h, new State(f.reset(h, spikes, theta), i));
    }

    @Override
    public SequenceResult<State> fused(Tensor input, State initial, CurrentLifParameters p, NeuronTensors t,
                                       Readout readout) {
        int steps = (int) input.size(0);
        Tensor[] currents = new Tensor[steps];
        Tensor i = initial.current();
        for (int k = 0; k < steps; k++) {
            i = i.mul(p.alpha()).add(Indexing.select(input, 0, k));
            currents[k] = i;
        }
        Firing f = p.firing();
        ChargeLaw law = ChargeLaw.constant(p.beta(), 1.0, (1.0 - p.beta()) * p.restPotential());
        FusedSequence r = FusedLinearCharge.apply(new LinearChargeSpec(law, f.resetLaw(), f.surrogate(), readout),
                Joining.stack(0, currents), initial.membrane(), t.threshold());
        return new SequenceResult<>(r.output(), new State(Tensor.constant(r.finalMembrane()), i.detach()));
    }
}
