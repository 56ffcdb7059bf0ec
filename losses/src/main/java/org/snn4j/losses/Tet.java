package org.snn4j.losses;

import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.ops.Arithmetic;
import org.snn4j.autograd.ops.LossFunctions;
import org.snn4j.autograd.ops.Reductions;
import org.snn4j.autograd.ops.Shapes;

/**
 * Temporal Efficient Training (Deng, Li, Zhang &amp; Gu, "Temporal Efficient Training of Spiking
 * Neural Network via Gradient Re-weighting", ICLR 2022): cross-entropy at every time step
 * instead of once on the time-averaged output.
 *
 * <pre>
 * L_TET = (1/T) Σ_t CE(O[t], y),    CE(z, y) = −(1/B) Σ_b log softmax(z[b,·])[y_b]
 * L_MSE = (1/(T·B·C)) Σ_{t,b,c} (O[t,b,c] − φ)²
 * L     = (1 − λ)·L_TET + λ·L_MSE
 * </pre>
 * {@code O[t]} is the per-step output used as logits: the output layer's spikes {@code s[t]} or,
 * more usually, its membrane potential / pre-activation {@code u[t]}. The MSE term is the paper's
 * regulariser that pulls every step's output towards the constant {@code φ} (the paper sets it
 * to the firing threshold; the authors' code defaults to φ = 1, λ = 1e-3). {@code λ = 0} gives
 * the plain TET loss. Computed as one cross-entropy over the merged {@code [T·B, C]} view with
 * the labels repeated per step, which equals the mean of the per-step losses.
 *
 * @param lambda weight λ of the MSE regulariser, in [0, 1]
 * @param phi    its target value φ (output units)
 */
public record Tet(double lambda, double phi) implements ClassificationLoss {

    public Tet {
        if (!(lambda >= 0 && lambda <= 1)) {
            throw new IllegalArgumentException("lambda must be in [0, 1], got " + lambda);
        }
        if (!Double.isFinite(phi)) {
            throw new IllegalArgumentException("phi must be finite, got " + phi);
        }
    }

    /** The plain TET loss, λ = 0. */
    public static Tet plain() {
        return new Tet(0, 1);
    }

    @Override
    public String name() {
        return "tet";
    }

    @Override
    public Tensor loss(Tensor output, int[] labels) {
        long[] shape = LossInputs.requireClassified(name(), output, labels);
        long steps = shape[0];
        long batch = shape[1];
        long classes = shape[2];
        int[] repeated = new int[Math.toIntExact(steps * batch)];
        for (int i = 0; i < repeated.length; i++) {
            repeated[i] = labels[(int) (i % batch)];
        }
        Tensor tet = LossFunctions.crossEntropy(Shapes.reshape(output, steps * batch, classes), repeated);
        if (lambda == 0) {
            return tet;
        }
        Tensor d = Arithmetic.sub(output, phi);
        Tensor mse = Reductions.mean(Arithmetic.mul(d, d));
        return Arithmetic.add(Arithmetic.mul(tet, 1 - lambda), Arithmetic.mul(mse, lambda));
    }
}
