package org.snn4j.autograd.ops;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.Graph;
import org.snn4j.autograd.Tensor;

/**
 * Matrix products.
 *
 * <pre>
 * matmul: Z = A·B      ∂A = G·Bᵀ     ∂B = Aᵀ·G
 * </pre>
 * 2-D × 2-D uses one GEMM. Batched forms (rank 3) are added alongside.
 */
public final class LinearAlgebra {
    private LinearAlgebra() {
    }

    public static Tensor matmul(Tensor a, Tensor b) {
        INDArray x = a.value();
        INDArray y = b.value();
        if (x.rank() != 2 || y.rank() != 2) {
            throw new UnsupportedOperationException("matmul: rank " + x.rank() + " x rank " + y.rank()
                    + " not supported yet");
        }
        return Graph.record("matmul", x.mmul(y), (g, n) -> new INDArray[] {
            n[0] ? g.mmul(y.transpose()) : null,
            n[1] ? x.transpose().mmul(g) : null}, a, b);
    }
}
