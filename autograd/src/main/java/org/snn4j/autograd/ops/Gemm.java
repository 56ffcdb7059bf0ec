package org.snn4j.autograd.ops;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.backend.UnfilledArrays;
import org.snn4j.autograd.ops.sparse.EventSynapse;

/**
 * The one place snn4j multiplies matrices: {@code op(A)·op(B)} with {@code op} the identity or the
 * transpose, through libnd4j's {@code matmul} custom op.
 *
 * <p>Why not {@code INDArray.mmul}: that call goes straight to the BLAS {@code sgemm} bundled with
 * the native build, which on the oneDNN build reached 55 GFLOP/s for the LIF-MLP product
 * [3200,784]×[784,800] on 2 cores, while the {@code matmul} op is served by oneDNN's own kernel at
 * 290 GFLOP/s (JMH {@code GemmBenchmark}, same session). Where the platform helper does not apply
 * (float64, the generic build) libnd4j falls back to its BLAS path, so results agree to rounding.
 * The transpose flags are passed to the kernel, so {@code op(A)} never materialises a copy.
 *
 * <p>A product with a small inner size ({@code K ≤ 16}) and a large output, such as a readout
 * layer's input gradient, runs on {@link SmallInnerGemm} (the JDK vector API) when it is available
 * ({@code EventSynapse.vectorised()}): the {@code matmul} op took 2.5 ms per call for
 * {@code [3200, 10]·[10, 800]} in the LIF-MLP step; with the vector loop the step ran 0.936 and
 * 0.920 of its time, the conv N-MNIST step 0.980 (same JVM, alternating blocks of 5 steps, 40 each;
 * 2-core AMD EPYC Zen 4, AVX-512, 2026-12-07).
 *
 * <p>Products are new arrays, freed when the collector finds them dead ({@code NativeMemoryPressure}).
 * {@code INDArray.close()} is no way to free one sooner: in ND4J 1.0.0-M2.1 (CPU) it leaks the buffer
 * (200 closed [3200,800] arrays kept 1.9 GB resident for good, where the same arrays left to the
 * collector were freed). A loop that wants its products' memory back at once writes them into one
 * array it owns ({@link #mm(INDArray, INDArray, boolean, boolean, INDArray)}).
 */
public final class Gemm {
    private Gemm() {
    }

    /**
     * {@code op(a)·op(b)} for 2-D {@code a}, {@code b} of one floating type; a new c-order array (not
     * zero-filled first: the product overwrites it, {@link UnfilledArrays}).
     */
    public static INDArray mm(INDArray a, INDArray b, boolean transposeA, boolean transposeB) {
        check(a, b, transposeA, transposeB);
        if (!transposeA && !transposeB && EventSynapse.vectorised() && SmallInnerGemm.applies(a, b)) {
            return SmallInnerGemm.mm(a, b);
        }
        long rows = transposeA ? a.size(1) : a.size(0);
        long cols = transposeB ? b.size(0) : b.size(1);
        return Nd4j.matmul(a, b, UnfilledArrays.create(a.dataType(), rows, cols), transposeA, transposeB, false);
    }

    /**
     * {@code op(a)·op(b)} written into {@code out} (c-order, of the product's shape and the operands'
     * type), which is returned; its previous contents do not matter.
     */
    public static INDArray mm(INDArray a, INDArray b, boolean transposeA, boolean transposeB, INDArray out) {
        check(a, b, transposeA, transposeB);
        long rows = transposeA ? a.size(1) : a.size(0);
        long cols = transposeB ? b.size(0) : b.size(1);
        if (out.rank() != 2 || out.size(0) != rows || out.size(1) != cols || out.ordering() != 'c' || out.isView()) {
            throw new IllegalArgumentException("Gemm.mm: output " + Arrays.toString(out.shape())
                    + " is not a plain c-order [" + rows + ", " + cols + "] array");
        }
        return Nd4j.matmul(a, b, out, transposeA, transposeB, false);
    }

    private static void check(INDArray a, INDArray b, boolean transposeA, boolean transposeB) {
        if (a.rank() != 2 || b.rank() != 2) {
            throw new IllegalArgumentException("Gemm.mm needs 2-D operands, got ranks " + a.rank() + " and " + b.rank());
        }
        long k1 = transposeA ? a.size(0) : a.size(1);
        long k2 = transposeB ? b.size(1) : b.size(0);
        if (k1 != k2) {
            throw new IllegalArgumentException("Gemm.mm: inner sizes differ (" + k1 + " vs " + k2 + ")");
        }
    }

    /** {@code a·b}. */
    public static INDArray mm(INDArray a, INDArray b) {
        return mm(a, b, false, false);
    }
}
