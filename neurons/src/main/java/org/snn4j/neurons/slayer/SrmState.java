package org.snn4j.neurons.slayer;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.Tensor;

/**
 * The immutable state of SRM neurons between steps of {@link SrmNeuron#step}: the history the
 * two truncated kernels still see. With K ε taps and L ν taps,
 *
 * <pre>
 * u[t] = Σ_{k=0}^{K−1} ε[k]·a[t − k] + Σ_{j=1}^{L−1} ν[j]·s[t − j]
 * </pre>
 * needs the last K − 1 drives and the last L − 1 spikes. Drives stay on the tape (the gradient
 * flows back through ε to earlier steps); spikes are detached values, since SLAYER does not
 * differentiate through the refractory feedback.
 *
 * @param drives the previous drives {@code a[t−1], a[t−2], …} (newest first, at most K − 1), each {@code [B, ...]}
 * @param spikes the previous spikes {@code s[t−1], s[t−2], …} (newest first, at most L − 1), each {@code [B, ...]}
 */
public record SrmState(List<Tensor> drives, List<INDArray> spikes) {

    public SrmState {
        drives = List.copyOf(drives);
        spikes = List.copyOf(spikes);
    }

    /** The state before the first step: no history. */
    public static SrmState initial() {
        return new SrmState(List.of(), List.of());
    }
}
