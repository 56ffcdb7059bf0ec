package org.snn4j.losses;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.temporal.ExponentialKernel;

/**
 * The van Rossum loss of a classifier (van Rossum, "A Novel Spike Distance", Neural Computation 13,
 * 2001; as the spike-time loss of SLAYER, Shrestha &amp; Orchard, NeurIPS 2018): the output trains
 * {@code s[T, B, C]} are compared with target trains built from the labels, a regular train with
 * one spike every {@code trueInterval} steps for the labelled class and one every
 * {@code falseInterval} steps (0: silent) for the others:
 * <pre>
 * ŝ[t, b, c] = 1  if (t + 1) mod I(b, c) = 0,   I = trueInterval if c = y_b, else falseInterval
 * L = ½ · Ts · Σ_{t,b,c} (h ∗ (s − ŝ))[t,b,c]²,   h[n] = exp(−n·Ts/τ)
 * </pre>
 * i.e. {@link SpikeTime} with the exponential kernel, which equals ½·τ·D² summed over the trains,
 * D the {@link VanRossumDistance}. The class with the most output spikes is the prediction.
 *
 * @param tauMs         kernel time constant τ in ms, &gt; 0
 * @param tsMs          step Ts in ms, &gt; 0
 * @param trueInterval  steps between target spikes of the labelled class, ≥ 1
 * @param falseInterval steps between target spikes of the other classes, ≥ 0 (0: no spikes)
 */
public record VanRossumLabels(double tauMs, double tsMs, int trueInterval, int falseInterval)
        implements ClassificationLoss {

    public VanRossumLabels {
        new ExponentialKernel(tauMs, tsMs); // validates τ and Ts
        if (trueInterval < 1) {
            throw new IllegalArgumentException("trueInterval must be >= 1, got " + trueInterval);
        }
        if (falseInterval < 0) {
            throw new IllegalArgumentException("falseInterval must be >= 0 (0: silent), got " + falseInterval);
        }
    }

    @Override
    public String name() {
        return "van-rossum";
    }

    @Override
    public Tensor loss(Tensor output, int[] labels) {
        long[] shape = LossInputs.requireClassified(name(), output, labels);
        long steps = shape[0];
        long batch = shape[1];
        long classes = shape[2];
        INDArray target = Nd4j.zeros(output.value().dataType(), steps, batch, classes);
        for (int b = 0; b < batch; b++) {
            for (int c = 0; c < classes; c++) {
                int every = c == labels[b] ? trueInterval : falseInterval;
                for (long t = every - 1; every > 0 && t < steps; t += every) {
                    target.putScalar(new long[] {t, b, c}, 1.0);
                }
            }
        }
        return new SpikeTime(new ExponentialKernel(tauMs, tsMs), tsMs).loss(output, Tensor.constant(target));
    }
}
