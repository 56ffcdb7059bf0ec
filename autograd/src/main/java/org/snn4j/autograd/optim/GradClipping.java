package org.snn4j.autograd.optim;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.Tensor;

/**
 * Gradient clipping by global norm (PyTorch's {@code clip_grad_norm_}, L2):
 *
 * <pre>
 * N = √(Σ_p ‖∇p‖²)          over every tensor that has a gradient
 * if N &gt; maxNorm:  ∇p ← ∇p · maxNorm / (N + 1e-6)
 * </pre>
 */
public final class GradClipping {
    private GradClipping() {
    }

    /**
     * Rescales the gradients of {@code params} in place so that their joint L2 norm is at most
     * {@code maxNorm}; tensors without a gradient are ignored.
     *
     * @return the total norm N before clipping (NaN or infinite if a gradient is)
     */
    public static double clipByNorm(Iterable<? extends Tensor> params, double maxNorm) {
        if (!(maxNorm > 0)) {
            throw new IllegalArgumentException("maxNorm must be > 0, got " + maxNorm);
        }
        double sumSquares = 0;
        for (Tensor p : params) {
            INDArray g = p.grad();
            if (g != null) {
                double n = g.norm2Number().doubleValue();
                sumSquares += n * n;
            }
        }
        double total = Math.sqrt(sumSquares);
        double coef = maxNorm / (total + 1e-6);
        if (coef < 1) {
            for (Tensor p : params) {
                if (p.grad() != null) {
                    p.grad().muli(coef);
                }
            }
        }
        return total;
    }
}
