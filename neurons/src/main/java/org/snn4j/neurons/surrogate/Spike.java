package org.snn4j.neurons.surrogate;

import java.util.function.DoubleUnaryOperator;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Graph;
import org.snn4j.autograd.Tensor;

/**
 * The spike primitive: the Heaviside step forward, a surrogate derivative backward.
 *
 * <pre>
 * forward:  o = H(x) = 1 if x ≥ 0, else 0        (x = u − θ)
 * backward: ∂L/∂x = g ⊙ σ'(x)                   (σ' = {@link Surrogate#derivative})
 * </pre>
 * <b>Tie convention:</b> {@code H(0) = 1}; a membrane exactly at threshold fires (as in
 * SpikingJelly's {@code heaviside}); {@code NaN} gives 0. This is the one spike op of snn4j and the
 * one hand-written VJP of the neuron models' reference paths, SLAYER's SRM neuron included: its
 * probabilistic gradient {@code Ts·ρ(u)} (Shrestha &amp; Orchard, NeurIPS 2018) is just the
 * surrogate {@link SlayerPdf} ({@code SrmParameters.surrogate()}), and SLAYER's refractory feedback
 * enters {@code x} as a detached constant. Fused kernels call the same surrogate's
 * {@link Surrogate#derivativeInPlace}. {@link #smooth} shares the rule with a differentiable
 * forward {@code σ(x)}, which is how it is checked against finite differences.
 */
public final class Spike {
    private Spike() {
    }

    /** {@code H(x)} with the surrogate gradient {@code σ'(x)}; keeps the dtype of {@code x}. */
    public static Tensor apply(Tensor x, Surrogate surrogate) {
        INDArray v = x.value();
        INDArray out = v.gte(0.0).castTo(v.dataType());
        return record("spike[" + surrogate.name() + "]", out, x, surrogate);
    }

    /**
     * The smooth twin of {@link #apply}: forward {@code σ(x)} (the surrogate's primitive), the
     * same backward rule. Its gradient is the true derivative of its forward, so the gradient
     * checker can verify the spike's VJP.
     */
    public static Tensor smooth(Tensor x, Surrogate surrogate) {
        INDArray out = map(x.value(), surrogate::primitive);
        return record("spikeSmooth[" + surrogate.name() + "]", out, x, surrogate);
    }

    private static Tensor record(String op, INDArray out, Tensor x, Surrogate surrogate) {
        INDArray v = x.value();
        return Graph.record(op, out, (g, needs) -> new INDArray[] {g.mul(derivative(v, surrogate))}, x);
    }

    /** {@code σ'(x)} elementwise, in the dtype and shape of {@code x} ('c' order). */
    public static INDArray derivative(INDArray x, Surrogate surrogate) {
        double[] d = flat(x);
        surrogate.derivativeInPlace(d, 0, d.length);
        return Nd4j.create(d, x.shape(), 'c').castTo(x.dataType());
    }

    private static INDArray map(INDArray x, DoubleUnaryOperator f) {
        double[] d = flat(x);
        for (int i = 0; i < d.length; i++) {
            d[i] = f.applyAsDouble(d[i]);
        }
        return Nd4j.create(d, x.shape(), 'c').castTo(x.dataType());
    }

    private static double[] flat(INDArray x) {
        return x.castTo(DataType.DOUBLE).dup('c').data().asDouble();
    }
}
