package org.snn4j.neurons.fused;

/**
 * The block loops of the linear-charge neuron, in float64 ({@link LinearChargeKernel}) or float32
 * ({@link LinearChargeKernel32}).
 */
interface LinearKernel {

    /** Whether backward reads the pre-reset membrane that forward writes to {@code store}. */
    default boolean keepsMembrane() {
        return true;
    }

    /** Runs one block forward; {@code store} (pre-reset membrane) may be null under no-grad. */
    void forward(int block, Lanes x, Lanes v0, Lanes out, Lanes store, Lanes vFinal);

    /**
     * Runs one block backward. {@code gx}/{@code gv0} may be null when not needed; returns the
     * per-neuron partials {@code {∂L/∂θ, ∂L/∂a, ∂L/∂b, ∂L/∂c}} (entries null when not wanted).
     */
    double[][] backward(int block, Lanes g, Lanes store, Lanes x, Lanes v0, Lanes gx, Lanes gv0,
                        boolean thetaGrad, boolean coefGrad);
}
