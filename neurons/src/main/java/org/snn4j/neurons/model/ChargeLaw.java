package org.snn4j.neurons.model;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.Tensor;

/**
 * A linear charge step {@code h[t] = a·v[t−1] + b·x[t] + c}, with one coefficient per layer or
 * per channel, optionally derived from one learnable tensor {@code p}.
 *
 * <p>IF is {@code (a, b, c) = (1, 1, 0)}; the STBP LIF is {@code (β, 1, 0)}; SpikingJelly's
 * charge-form LIF with {@code k = dt/τ} is {@code (1 − k, k, k·vReset)} (decay_input) or
 * {@code (1 − k, 1, k·vReset)}; PLIF is the same with {@code k = sigmoid(w)} and {@code p = w}.
 * The fused kernel reports {@code ∂L/∂a, ∂L/∂b, ∂L/∂c} per channel and
 * {@link #parameterGradient} turns them into {@code ∂L/∂p} by the chain rule.
 */
public interface ChargeLaw {

    /** {@code a}: one value per layer (length 1) or per channel, at the parameter's current value. */
    double[] decay();

    /** {@code b}, with the same length as {@link #decay()}. */
    double[] inputGain();

    /** {@code c}, with the same length as {@link #decay()}. */
    double[] bias();

    /** The learnable tensor {@code p} the coefficients depend on, or {@code null}. */
    default Tensor parameter() {
        return null;
    }

    /**
     * {@code ∂L/∂p} from the per-channel {@code ∂L/∂a}, {@code ∂L/∂b}, {@code ∂L/∂c}, shaped and
     * typed like {@link #parameter()}. Only called when the parameter needs a gradient.
     */
    default INDArray parameterGradient(double[] dDecay, double[] dInputGain, double[] dBias) {
        throw new UnsupportedOperationException("this charge law has no learnable parameter");
    }

    /** Integrate-and-fire, {@code h = v + x}: {@code (a, b, c) = (1, 1, 0)} (Diehl et al. 2015). */
    static ChargeLaw integrate() {
        return constant(1.0, 1.0, 0.0);
    }

    /** Fixed per-layer coefficients. */
    static ChargeLaw constant(double decay, double inputGain, double bias) {
        return new ConstantCharge(new double[] {decay}, new double[] {inputGain}, new double[] {bias});
    }
}
