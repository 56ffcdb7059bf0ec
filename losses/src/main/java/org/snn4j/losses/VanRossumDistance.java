package org.snn4j.losses;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.snn4j.autograd.GradMode;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.temporal.ExponentialKernel;
import org.snn4j.autograd.temporal.FilterMethod;

/**
 * The van Rossum distance between spike trains (van Rossum, "A Novel Spike Distance", Neural
 * Computation 13, 2001), a metric without gradient.
 *
 * <pre>
 * f = h ∗ s,  g = h ∗ ŝ,   h[n] = exp(−n·Ts/τ)          ({@link ExponentialKernel}, causal)
 * D = sqrt( (1/τ) ∫ (f − g)² dt ) = sqrt( (Ts/τ) · Σ_t (f[t] − g[t])² )
 * </pre>
 * Normalisation: van Rossum's {@code 1/τ}, under which, in continuous time, one unmatched spike
 * contributes {@code D² = ½} and two spikes {@code d} ms apart give
 * {@code D² = 1 − e^{−d/τ}}. In discrete time with spikes counted in their own step
 * ({@code h[0] = 1}) a lone spike gives {@code D² = (Ts/τ)/(1 − e^{−2Ts/τ})}, which tends to ½ as
 * {@code Ts/τ → 0}; sequences are cut at {@code T}, so late spikes contribute only their
 * in-window tail. {@code SpikeTime} with the same kernel equals {@code ½·τ·D²} summed over trains.
 * The filter is the shared fast one ({@link org.snn4j.autograd.temporal.TemporalFilter}, computed
 * in double precision), since a metric needs no tape.
 *
 * @param tauMs     time constant τ in ms, &gt; 0
 * @param tsMs      sampling step Ts in ms, &gt; 0
 * @param tolerance truncation of the exponential kernel, in (0, 1)
 */
public record VanRossumDistance(double tauMs, double tsMs, double tolerance) {

    public VanRossumDistance {
        new ExponentialKernel(tauMs, tsMs, tolerance); // validates the three fields
    }

    /** With {@link ExponentialKernel#DEFAULT_TOLERANCE}. */
    public VanRossumDistance(double tauMs, double tsMs) {
        this(tauMs, tsMs, ExponentialKernel.DEFAULT_TOLERANCE);
    }

    /** The kernel h. */
    public ExponentialKernel kernel() {
        return new ExponentialKernel(tauMs, tsMs, tolerance);
    }

    /**
     * Distances of time-major trains {@code [T, ...]} (for outputs {@code [T, B, C]}: one per neuron
     * and sample). Returns an array of the non-time shape, in the inputs' data type.
     */
    public INDArray distances(INDArray output, INDArray target) {
        if (!Arrays.equals(output.shape(), target.shape()) || output.rank() < 1 || output.size(0) < 1) {
            throw new IllegalArgumentException("van Rossum: output " + Arrays.toString(output.shape())
                    + " and target " + Arrays.toString(target.shape()) + " must be equal time-major shapes [T, ...]");
        }
        INDArray diff = output.sub(target.castTo(output.dataType()));
        INDArray columns = diff.rank() == 1 ? diff.reshape(diff.length(), 1) : diff;
        INDArray f;
        try (GradMode.Scope s = GradMode.noGrad()) {
            f = kernel().filter(Tensor.constant(columns), FilterMethod.AUTO).value().reshape(diff.shape());
        }
        INDArray squared = f.mul(f).sum(0).muli(tsMs / tauMs);
        return Transforms.sqrt(squared, false);
    }

    /** The distance between two single trains of equal length (entries are spikes per step). */
    public double distance(double[] output, double[] target) {
        if (output.length != target.length || output.length == 0) {
            throw new IllegalArgumentException("van Rossum: trains must have the same length >= 1, got "
                    + output.length + " and " + target.length);
        }
        INDArray a = Nd4j.createFromArray(output).reshape(output.length, 1).castTo(DataType.DOUBLE);
        INDArray b = Nd4j.createFromArray(target).reshape(target.length, 1).castTo(DataType.DOUBLE);
        return distances(a, b).getDouble(0);
    }
}
