package org.snn4j.neurons.slayer;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.ops.Arithmetic;
import org.snn4j.autograd.temporal.FilterMethod;
import org.snn4j.neurons.model.ExecutionPath;
import org.snn4j.neurons.surrogate.Spike;

/**
 * SLAYER's spike response model (SRM) neuron (Shrestha &amp; Orchard, NeurIPS 2018):
 * synaptic drive {@code a} in, 0/1 spikes out.
 *
 * <pre>
 * u[t] = (ε ∗ a)[t] + (ν ∗ s)[t],   s[t] = H(u[t] − θ),   backward ∂s/∂u = Ts·ρ(u)
 * </pre>
 * In the style of a pure neuron model: one immutable parameter record ({@link SrmParameters}),
 * an immutable state ({@link SrmState}) and two pure functions,
 * <ul>
 *   <li>{@link #step}: one step {@code [B, ...]} on the tape with the common {@link Spike} op and
 *       ρ as its surrogate (for streaming);</li>
 *   <li>{@link #sequence}: a whole sequence {@code [T, B, ...]} from the initial state,
 *       {@link ExecutionPath#FUSED} ({@link FusedSrm}) or {@link ExecutionPath#REFERENCE}
 *       ({@link ReferenceSrm}); stepping T times gives the same spikes and gradients (tested).</li>
 * </ul>
 * As a module it has no learnable tensors and keeps no state between calls; {@link #forward} runs
 * {@link #sequence} on the path and {@link FilterMethod} chosen with {@link #usePath} and
 * {@link #useFilter} (run-time choices, not part of the architecture; fused and AUTO by default).
 */
public class SrmNeuron extends Module {
    private final SrmNeuronSpec spec;
    private ExecutionPath path = ExecutionPath.FUSED;
    private FilterMethod filterMethod = FilterMethod.AUTO;

    public SrmNeuron(SrmNeuronSpec spec) {
        this.spec = spec;
    }

    /** The spikes of the drive sequence {@code [T, B, ...]} from the initial state. */
    public static Tensor sequence(Tensor drive, SrmParameters p, ExecutionPath path, FilterMethod method) {
        return path == ExecutionPath.FUSED ? FusedSrm.apply(drive, p, method) : ReferenceSrm.apply(drive, p);
    }

    /**
     * One step: the drive {@code a[t]} ({@code [B, ...]}) and the state before it give the spikes
     * {@code s[t]} and the state after it.
     */
    public static SrmStep step(Tensor drive, SrmState state, SrmParameters p) {
        double[] eps = p.epsilon().taps();
        double[] nu = p.nu().taps();
        Tensor u = Arithmetic.mul(drive, eps[0]);
        for (int k = 1; k < eps.length && k <= state.drives().size(); k++) {
            u = Arithmetic.add(u, Arithmetic.mul(state.drives().get(k - 1), eps[k]));
        }
        INDArray refractory = Nd4j.zeros(drive.dataType(), drive.shape());
        for (int j = 1; j < nu.length && j <= state.spikes().size(); j++) {
            refractory.addi(state.spikes().get(j - 1).mul(nu[j]));
        }
        Tensor membrane = Arithmetic.add(u, Tensor.constant(refractory));
        Tensor spikes = Spike.apply(Arithmetic.sub(membrane, p.theta()), p.surrogate());
        return new SrmStep(spikes, new SrmState(newestFirst(drive, state.drives(), eps.length - 1),
                newestFirst(spikes.value(), state.spikes(), nu.length - 1)));
    }

    private static <T> List<T> newestFirst(T now, List<T> before, int keep) {
        List<T> out = new ArrayList<>(keep);
        if (keep > 0) {
            out.add(now);
        }
        for (int i = 0; i < before.size() && out.size() < keep; i++) {
            out.add(before.get(i));
        }
        return out;
    }

    @Override
    public Tensor forward(Tensor drive) {
        return sequence(drive, spec.neuron(), path, filterMethod);
    }

    /** Selects the execution path; returns this module. */
    public SrmNeuron usePath(ExecutionPath p) {
        if (p == null) {
            throw new IllegalArgumentException("execution path is null");
        }
        path = p;
        return this;
    }

    /** Selects how the PSP filter is computed on the fused path; returns this module. */
    public SrmNeuron useFilter(FilterMethod m) {
        if (m == null) {
            throw new IllegalArgumentException("filter method is null");
        }
        filterMethod = m;
        return this;
    }

    public ExecutionPath path() {
        return path;
    }

    public SrmParameters srmParameters() {
        return spec.neuron();
    }

    @Override
    public SrmNeuronSpec spec() {
        return spec;
    }
}
