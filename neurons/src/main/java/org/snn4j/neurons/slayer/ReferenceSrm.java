package org.snn4j.neurons.slayer;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.ops.Arithmetic;
import org.snn4j.autograd.ops.Indexing;
import org.snn4j.autograd.ops.Joining;
import org.snn4j.autograd.ops.Shapes;
import org.snn4j.autograd.temporal.TemporalFilter;
import org.snn4j.neurons.surrogate.SlayerPdf;
import org.snn4j.neurons.surrogate.Spike;

/**
 * The SRM neuron unrolled on the tape from primitives: the slow, obviously correct definition
 * that {@link FusedSrm} is tested against (Shrestha &amp; Orchard, NeurIPS 2018).
 *
 * <pre>
 * filter: U = ε ∗ A            ({@link TemporalFilter#reference}: a Toeplitz matmul)
 * step t: r_t = Σ_{j=1}^{L−1} ν[j]·s_{t−j}          (a constant: previous spikes, detached)
 *         s_t = Spike(U[t] + r_t − θ)                (Heaviside forward; backward Ts·ρ via {@link SlayerPdf})
 * </pre>
 * The spike is the common {@link Spike} op with the surrogate {@link SrmParameters#surrogate()},
 * whose derivative is exactly {@code Ts·ρ}. Every op here is a recorded primitive (matmul, select,
 * add, the spike primitive, stack, reshape); there is no hand-written backward.
 */
public final class ReferenceSrm {
    private ReferenceSrm() {
    }

    /** Spikes of the SRM neuron driven by {@code a} ({@code [T, B, ...]}). */
    public static Tensor apply(Tensor a, SrmParameters p) {
        return spikes(TemporalFilter.reference(a, p.epsilon().taps()), p);
    }

    /**
     * SLAYER's spike function on a membrane {@code u = ε ∗ a} ({@code [T, B, ...]}), unrolled step
     * by step: spikes {@code H(ũ − θ)} with {@code ũ = u + ν ∗ s}, backward {@code ∂u = Ts·ρ(ũ)·g}.
     */
    public static Tensor spikes(Tensor u, SrmParameters p) {
        long[] shape = u.shape();
        int steps = (int) shape[0];
        long columns = u.value().length() / steps;
        double[] nu = p.nu().taps();
        SlayerPdf rho = p.surrogate();
        Tensor flat = Shapes.reshape(u, steps, columns);
        Tensor[] s = new Tensor[steps];
        for (int t = 0; t < steps; t++) {
            INDArray refractory = Nd4j.zeros(u.dataType(), columns);
            for (int j = 1; j < nu.length && j <= t; j++) {
                refractory.addi(s[t - j].value().mul(nu[j]));
            }
            Tensor membrane = Arithmetic.add(Indexing.select(flat, 0, t), Tensor.constant(refractory));
            s[t] = Spike.apply(Arithmetic.sub(membrane, p.theta()), rho);
        }
        return Shapes.reshape(Joining.stack(0, s), shape);
    }
}
