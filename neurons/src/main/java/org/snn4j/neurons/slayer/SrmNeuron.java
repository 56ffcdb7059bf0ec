package org.snn4j.neurons.slayer;

import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.temporal.FilterMethod;
import org.snn4j.neurons.model.ExecutionPath;

/**
 * SLAYER's SRM neuron as a module: synaptic drive {@code a} {@code [T, B, ...]} in, 0/1 spikes out.
 *
 * <pre>
 * u = ε ∗ a + ν ∗ s,   s[t] = H(u[t] − θ),   backward ∂s/∂u = Ts·ρ(u)
 * </pre>
 * No parameters and no state between calls. {@link ExecutionPath#FUSED} (the default) runs
 * {@link FusedSrm}; {@link ExecutionPath#REFERENCE} unrolls {@link ReferenceSrm} on the tape.
 * The path and the {@link FilterMethod} are run-time choices, not part of the architecture.
 */
public class SrmNeuron extends Module {
    private final SrmNeuronSpec spec;
    private ExecutionPath path = ExecutionPath.FUSED;
    private FilterMethod filterMethod = FilterMethod.AUTO;

    public SrmNeuron(SrmNeuronSpec spec) {
        this.spec = spec;
    }

    @Override
    public Tensor forward(Tensor drive) {
        return path == ExecutionPath.FUSED
                ? FusedSrm.apply(drive, spec.neuron(), filterMethod)
                : ReferenceSrm.apply(drive, spec.neuron());
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
