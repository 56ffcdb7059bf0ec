package org.snn4j.neurons.slayer;

/**
 * The spike-escape probability density ρ(u) used as ∂s/∂u in SLAYER's backward pass.
 *
 * <pre>
 * SLAYER_PYTORCH: ρ(u) = scaleRho / (tauRho·θ) · exp(−|u − θ| / (tauRho·θ))
 * LAVA_DL:        ρ(u) = scaleRho / (2·tauRho·θ) · exp(−|u − θ| / (tauRho·θ))
 * </pre>
 * The paper (Shrestha &amp; Orchard 2018, eq. 6) writes ρ(t) = α·exp(−β|u(t) − θ|); slayerPytorch
 * sets α = scaleRho/(tauRho·θ), β = 1/(tauRho·θ). lava-dl's {@code _spike_backward} divides by 2
 * more, which makes ρ a normalised Laplace density when scaleRho = 1.
 *
 * <p><b>Default: {@link #SLAYER_PYTORCH}.</b> The published SLAYER recipes (N-MNIST: tauRho, scaleRho,
 * learning rate, target counts) were tuned with slayerPytorch's scale, and the reference PyTorch
 * workload this project compares against uses it; with LAVA_DL the same recipe gets gradients
 * half as large.
 */
public enum PdfVariant {
    /** {@code scaleRho/(tauRho·θ)·exp(−|u−θ|/(tauRho·θ))}. */
    SLAYER_PYTORCH(1.0),
    /** {@code scaleRho/(2·tauRho·θ)·exp(−|u−θ|/(tauRho·θ))}. */
    LAVA_DL(0.5);

    private final double factor;

    PdfVariant(double factor) {
        this.factor = factor;
    }

    /** The multiplier of {@code scaleRho/(tauRho·θ)}: 1 or ½. */
    public double factor() {
        return factor;
    }
}
