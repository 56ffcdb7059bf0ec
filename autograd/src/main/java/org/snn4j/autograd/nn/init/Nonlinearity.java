package org.snn4j.autograd.nn.init;

/**
 * The recommended gain {@code g} of an activation for variance-scaling initialisers (the values
 * PyTorch's {@code calculate_gain} uses): the factor that keeps activation variance constant
 * through the non-linearity.
 */
public enum Nonlinearity {
    /** Identity / linear / convolution: {@code g = 1}. */
    LINEAR(1.0),
    /** Logistic sigmoid: {@code g = 1}. */
    SIGMOID(1.0),
    /** Hyperbolic tangent: {@code g = 5/3}. */
    TANH(5.0 / 3.0),
    /** Rectifier: {@code g = √2}. */
    RELU(Math.sqrt(2.0)),
    /** SELU: {@code g = 3/4}. */
    SELU(0.75);

    private final double gain;

    Nonlinearity(double gain) {
        this.gain = gain;
    }

    public double gain() {
        return gain;
    }

    /**
     * Gain of a leaky rectifier with negative slope {@code a}: {@code g = √(2 / (1 + a²))}.
     * PyTorch's default Linear/Conv initialisation uses {@code a = √5}, giving {@code g = √(1/3)}.
     */
    public static double leakyReluGain(double negativeSlope) {
        return Math.sqrt(2.0 / (1.0 + negativeSlope * negativeSlope));
    }
}
