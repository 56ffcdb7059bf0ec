package org.snn4j.autograd.ops;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Broadcasting;
import org.snn4j.autograd.Graph;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.ops.sparse.EventSynapse;
import org.snn4j.autograd.ops.sparse.SparsePolicy;
import org.snn4j.autograd.ops.sparse.SpikeBits;
import org.snn4j.autograd.ops.sparse.SpikeColumns;
import org.snn4j.autograd.ops.sparse.SpikeEvents;

/**
 * Matrix products.
 *
 * <pre>
 * matmul: Z = A·B      ∂A = G·Bᵀ     ∂B = Aᵀ·G
 * affine: Z = X·Wᵀ + b  ∂X = G·W   ∂W = Gᵀ·X   ∂b = Σ_rows G
 * </pre>
 * {@code affine} and {@code matmulTransposed} (the dense layers) take the event-driven path of
 * {@link org.snn4j.autograd.ops.sparse} when {@code X} is sparse.
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
            return Graph.record("matmul", Gemm.mm(x, y), (g, n) -> new INDArray[] {
                n[0] ? Gemm.mm(g, y, false, true) : null,
                n[1] ? Gemm.mm(x, g, true, false) : null}, a, b);
        }
        if (rb == 3) {
            return Graph.record("bmm", Nd4j.matmul(x, y), (g, n) -> new INDArray[] {
                n[0] ? Nd4j.matmul(g, y, false, true, false) : null,
                n[1] ? Nd4j.matmul(x, g, true, false, false) : null}, a, b);
        }
        return sharedRight(a, b);
    }

    /**
     * The affine map of a dense layer without its bias, {@code Z = X·Wᵀ} for {@code X [M,K]} and a
     * weight stored PyTorch-style as {@code W [N,K]}:
     * <pre>
     * ∂X = G·W      ∂W = Gᵀ·X
     * </pre>
     * Equal to {@code matmul(x, permute(w, 1, 0))} but the transpose is a flag of the GEMM, never a copy.
     * A sparse {@code X} takes the event path ({@link #affine}).
     */
    public static Tensor matmulTransposed(Tensor a, Tensor w) {
        INDArray x = a.value();
        INDArray y = w.value();
        Arithmetic.requireSameType("matmulTransposed", x, y);
        if (x.rank() != 2 || y.rank() != 2 || x.size(1) != y.size(1)) {
            throw new IllegalArgumentException("matmulTransposed: shapes " + Arrays.toString(x.shape()) + " x "
                    + Arrays.toString(y.shape()) + "^T are not [M,K]x[N,K]^T");
        }
        return synapse("matmulT", a, w, null);
    }

    /**
     * A dense layer in one node, {@code Z = X·Wᵀ + b} for {@code X [M,K]}, {@code W [N,K]},
     * {@code b [N]} (or {@code null}: {@link #matmulTransposed}):
     * <pre>
     * ∂X = G·W      ∂W = Gᵀ·X      ∂b = Σ_rows G   (the engine's broadcast reduction)
     * </pre>
     * The bias is added in place to the fresh product, so the layer allocates, and the tape keeps,
     * one [M,N] array instead of two.
     *
     * <p>Event path: when {@code X} is sparse (one scan, {@link SpikeEvents#scan}: every chunk of
     * 64 rows at most {@link EventSynapse#crossover(long)} non-zero under {@code snn4j.sparse=auto}, which
     * for narrow layers means always;
     * always under {@code on}; never under {@code off}, see {@link SparsePolicy}) the forward
     * product and ∂W are computed from its events ({@link EventSynapse}), the bias being the
     * initial value of each output row, and the backward rule keeps the events in column form
     * ({@link SpikeColumns}: a bit set of {@code R·K/8} bytes for a binary input) instead of
     * {@code X}. ∂X stays a dense GEMM. Both paths give the same values up to summation order.
     *
     * <p>Dense path: the backward rule keeps what ∂W needs, and only when {@code W} takes a gradient.
     * A binary {@code X} (FLOAT or DOUBLE, 'c'-contiguous, every element exactly {@code +0.0} or
     * {@code 1.0}; {@code −0.0} or any other value keeps {@code X}) is kept as a row bit set
     * ({@link SpikeBits}: {@code 8·R·⌈K/64⌉} bytes, 1/32 of a float32 {@code X}; a hidden spike layer
     * [3200, 800] firing at 25 %, above the event-path limit: 0.33 MB instead of 10.2 MB) and unpacked
     * into a fresh array equal to {@code X} right before the same {@code Gemm.mm(G, X, true, false)},
     * so the gradients are bit-identical to keeping {@code X}. Cost (JMH, loaded 2-core Zen 4, relative
     * only, {@link SpikeBits}): the pack pass 0.43 ms in the forward pass and the unpack 0.75–0.93 ms in
     * the backward one at [3200, 784–800] float32, about 1 % and 3 % of the forward and ∂W GEMMs of a
     * [784 → 800] layer (39 and 23 ms).
     */
    public static Tensor affine(Tensor a, Tensor w, Tensor b) {
        if (b == null) {
            return matmulTransposed(a, w);
        }
        INDArray x = a.value();
        INDArray y = w.value();
        INDArray bias = b.value();
        Arithmetic.requireSameType("affine", x, y);
        Arithmetic.requireSameType("affine", x, bias);
        if (x.rank() != 2 || y.rank() != 2 || x.size(1) != y.size(1) || bias.length() != y.size(0)) {
            throw new IllegalArgumentException("affine: shapes " + Arrays.toString(x.shape()) + " x "
                    + Arrays.toString(y.shape()) + "^T + " + Arrays.toString(bias.shape())
                    + " are not [M,K]x[N,K]^T + [N]");
        }
        return synapse("affine", a, w, b);
    }

    /**
     * {@code X·Wᵀ (+ b)} on the dense or the event path (shapes checked by the callers); what each
     * path's rule keeps for ∂W ({@link SpikeColumns}, {@link SpikeBits} or {@code X}): {@link #affine}.
     */
    private static Tensor synapse(String op, Tensor a, Tensor w, Tensor b) {
        INDArray x = a.value();
        INDArray y = w.value();
        INDArray bias = b == null ? null : b.value();
        SpikeEvents events = floating(x) ? SpikeEvents.scan(x, SparsePolicy.limit(EventSynapse.crossover(y.size(0)))) : null;
        SparsePolicy.taken(op, events != null);
        if (events != null) {
            INDArray z = EventSynapse.forward(events, y, bias);
            SpikeColumns kept = events.byColumn();
            return Graph.record(op, z, (g, n) -> {   // keeps the column bits, never x
                boolean db = b != null && n[2];
                INDArray[] wb = n[1] ? EventSynapse.weightGradients(kept, g, db) : new INDArray[2];
                return new INDArray[] {n[0] ? Gemm.mm(g, y) : null, wb[0], !db ? null : wb[1] != null ? wb[1] : g};
            }, a, w, b);
        }
        INDArray z = Gemm.mm(x, y, false, true);
        if (bias != null) {
            Broadcasting.addRowInPlace(z, bias);
        }
        boolean dw = Graph.anyRequiresGrad(w);   // the rule will be asked for ∂W
        SpikeBits bits = dw ? SpikeBits.pack(x) : null;
        INDArray xKept = dw && bits == null ? x : null;   // ∂W needs X: as bits when binary, else itself
        return Graph.record(op, z, (g, n) -> new INDArray[] {
            n[0] ? Gemm.mm(g, y) : null,
            n[1] ? Gemm.mm(g, bits != null ? bits.unpack() : xKept, true, false) : null,
            b != null && n[2] ? g : null}, a, w, b);
    }

    private static boolean floating(INDArray x) {
        return (x.dataType() == DataType.FLOAT || x.dataType() == DataType.DOUBLE) && x.length() > 0
                && x.length() <= Integer.MAX_VALUE;
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
        INDArray z = Gemm.mm(x2, y).reshape('c', bs, m, nOut);
        return Graph.record("matmulShared", z, (g, n) -> {
            INDArray g2 = g.reshape('c', bs * m, nOut);
            return new INDArray[] {
                n[0] ? Gemm.mm(g2, y, false, true).reshape('c', bs, m, k) : null,
                n[1] ? Gemm.mm(x2, g2, true, false) : null};
        }, a, b);
    }
}
