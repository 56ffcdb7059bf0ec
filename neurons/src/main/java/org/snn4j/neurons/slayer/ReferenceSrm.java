package org.snn4j.neurons.slayer;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.ops.Arithmetic;
import org.snn4j.autograd.ops.Indexing;
import org.snn4j.autograd.ops.Joining;
import org.snn4j.autograd.ops.LinearAlgebra;
import org.snn4j.autograd.ops.Shapes;
import org.snn4j.neurons.surrogate.SlayerPdf;
import org.snn4j.neurons.surrogate.Spike;

/**
 * The SRM neuron unrolled on the tape from primitives: the slow, obviously correct definition
 * that {@link FusedSrm} is tested against.
 *
 * <pre>
 * filter: U = E·A,  A = a as [T, C],  E[t, τ] = ε[t − τ] for 0 ≤ t − τ &lt; K (lower-triangular Toeplitz)
 * step t: r_t = Σ_{j=1}^{L−1} ν[j]·s_{t−j}          (a constant: previous spikes, detached)
 *         s_t = Spike(U[t] + r_t − θ)                (Heaviside forward; backward Ts·ρ via {@link SlayerPdf})
 * </pre>
 * The surrogate is the neurons module's {@link SlayerPdf} with {@code scaleRho' = pdf.factor·scaleRho·Ts},
 * whose derivative is exactly {@code Ts·ρ}. Every op here is a recorded primitive (matmul,
 * select, add, the spike primitive, stack, reshape); there is no hand-written backward.
 */
public final class ReferenceSrm {
    private ReferenceSrm() {
    }

    /** Spikes of the SRM neuron driven by {@code a} ({@code [T, B, ...]}). */
    public static Tensor apply(Tensor a, SrmParameters p) {
        return spikes(filter(a, SrmKernels.of(p).epsilon()), p);
    }

    /** The causal filter as a Toeplitz matmul: {@code [T, B, ...]} in, same shape out. */
    public static Tensor filter(Tensor x, double[] kernel) {
        long[] shape = x.shape();
        int steps = (int) shape[0];
        long columns = x.value().length() / steps;
        Tensor e = Tensor.constant(toeplitz(kernel, steps, x.dataType()));
        Tensor u = LinearAlgebra.matmul(e, Shapes.reshape(x, steps, columns));
        return Shapes.reshape(u, shape);
    }

    /** The spike loop on a membrane {@code u} ({@code [T, B, ...]}) unrolled step by step. */
    public static Tensor spikes(Tensor u, SrmParameters p) {
        long[] shape = u.shape();
        int steps = (int) shape[0];
        long columns = u.value().length() / steps;
        double[] nu = SrmKernels.of(p).nu();
        SlayerPdf pdf = new SlayerPdf(p.pdf().factor() * p.scaleRho() * p.tsMs(), p.tauRho(), p.theta());
        Tensor flat = Shapes.reshape(u, steps, columns);
        Tensor[] s = new Tensor[steps];
        for (int t = 0; t < steps; t++) {
            INDArray refractory = Nd4j.zeros(u.dataType(), columns);
            for (int j = 1; j < nu.length && j <= t; j++) {
                refractory.addi(s[t - j].value().mul(nu[j]));
            }
            Tensor membrane = Arithmetic.add(Indexing.select(flat, 0, t), Tensor.constant(refractory));
            s[t] = Spike.apply(Arithmetic.sub(membrane, p.theta()), pdf);
        }
        return Shapes.reshape(Joining.stack(0, s), shape);
    }

    /** {@code E[t, τ] = h[t − τ]} for {@code 0 ≤ t − τ < K}, else 0; {@code [T, T]}. */
    static INDArray toeplitz(double[] h, int steps, DataType type) {
        double[][] e = new double[steps][steps];
        for (int t = 0; t < steps; t++) {
            for (int k = 0; k < h.length && k <= t; k++) {
                e[t][t - k] = h[k];
            }
        }
        return Nd4j.create(e).castTo(type);
    }
}
