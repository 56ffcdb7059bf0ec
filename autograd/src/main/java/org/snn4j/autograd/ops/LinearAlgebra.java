package org.snn4j.autograd.ops;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Graph;
import org.snn4j.autograd.Tensor;

/**
 * Matrix products.
 *
 * <pre>
 * matmul: Z = A·B      ∂A = G·Bᵀ     ∂B = Aᵀ·G
 * </pre>
 * Supported ranks:
 * <ul>
 *   <li>[M,K] × [K,N] → [M,N]: one GEMM;</li>
 *   <li>[B,M,K] × [B,K,N] → [B,M,N]: a batch of B independent products (batch sizes must agree);</li>
 *   <li>[B,M,K] × [K,N] → [B,M,N]: the shared right operand is applied to all B·M rows with one
 *       GEMM on the merged [B·M, K] view (the time-major synapse case), and
 *       ∂B = Σ_b A_bᵀ·G_b is again one GEMM.</li>
 * </ul>
 */
public final class LinearAlgebra {
    private LinearAlgebra() {
    }

    public static Tensor matmul(Tensor a, Tensor b) {
        INDArray x = a.value();
        INDArray y = b.value();
        Arithmetic.requireSameType("matmul", x, y);
        int ra = x.rank();
        int rb = y.rank();
        if (ra < 2 || rb < 2 || ra > 3 || ra < rb || x.size(ra - 1) != y.size(rb - 2)
                || (ra == 3 && rb == 3 && x.size(0) != y.size(0))) {
            throw new IllegalArgumentException("matmul: shapes " + Arrays.toString(x.shape()) + " x "
                    + Arrays.toString(y.shape()) + " are not [M,K]x[K,N], [B,M,K]x[B,K,N] or [B,M,K]x[K,N]");
        }
        if (ra == 2) {
            return Graph.record("matmul", x.mmul(y), (g, n) -> new INDArray[] {
                n[0] ? g.mmul(y.transpose()) : null,
                n[1] ? x.transpose().mmul(g) : null}, a, b);
        }
        if (rb == 3) {
            return Graph.record("bmm", Nd4j.matmul(x, y), (g, n) -> new INDArray[] {
                n[0] ? Nd4j.matmul(g, y, false, true, false) : null,
                n[1] ? Nd4j.matmul(x, g, true, false, false) : null}, a, b);
        }
        return sharedRight(a, b);
    }

    /** [B,M,K] × [K,N] through the merged [B·M, K] matrix. */
    private static Tensor sharedRight(Tensor a, Tensor b) {
        INDArray x = a.value();
        INDArray y = b.value();
        long bs = x.size(0);
        long m = x.size(1);
        long k = x.size(2);
        long nOut = y.size(1);
        INDArray x2 = x.reshape('c', bs * m, k);
        INDArray z = x2.mmul(y).reshape('c', bs, m, nOut);
        return Graph.record("matmulShared", z, (g, n) -> {
            INDArray g2 = g.reshape('c', bs * m, nOut);
            return new INDArray[] {
                n[0] ? g2.mmul(y.transpose()).reshape('c', bs, m, k) : null,
                n[1] ? x2.transpose().mmul(g2) : null};
        }, a, b);
    }
}
