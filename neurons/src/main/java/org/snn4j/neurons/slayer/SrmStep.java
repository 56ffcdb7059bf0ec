package org.snn4j.neurons.slayer;

import org.snn4j.autograd.Tensor;

/**
 * The result of one {@link SrmNeuron#step}.
 *
 * @param spikes 0/1 spikes {@code s[t]} ({@code [B, ...]}, on the tape)
 * @param state  the state after the step
 */
public record SrmStep(Tensor spikes, SrmState state) {
}
