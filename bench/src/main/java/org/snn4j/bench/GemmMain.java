package org.snn4j.bench;

import java.util.Locale;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.ops.Gemm;
import org.snn4j.nativebuild.NativeSelection;

/**
 * The three GEMMs of one LIF-MLP layer-1 step ({@code shared/bench/ceilings.py --only gemm_mlp}),
 * through the engine's {@link Gemm} with the flags {@code Linear} uses (weight {@code [800, 784]}):
 *
 * <pre>
 * Y  = X·Wᵀ    [3200,784]·[784,800]     forward
 * dX = G·W     [3200,800]·[800,784]     input gradient
 * dW = Gᵀ·X    [800,3200]·[3200,784]    weight gradient
 * </pre>
 * 3·2·3200·784·800 = 12.04 GFLOP per step.
 * {@code java -cp "bench/target/snn4j-bench-*.jar:bench/target/lib/*" org.snn4j.bench.GemmMain [iters] [warmup]}.
 */
public final class GemmMain {
    /** FLOPs of one step (three products). */
    public static final double FLOPS = 3 * 2.0 * 3200 * 784 * 800;

    private GemmMain() {
    }

    public static void main(String[] args) {
        NativeSelection.configure();
        int[] c = StepTiming.counts(args, 20, 3);
        System.out.println(NativeSelection.describe());
        SplittableRandom rng = new SplittableRandom(0);
        INDArray x = uniform(rng, 3200, 784);
        INDArray w = uniform(rng, 800, 784);
        INDArray g = uniform(rng, 3200, 800);
        // the products go to three arrays the loop owns, so their memory is reused at once, as PyTorch's
        // allocator reuses the blocks its reference counting frees (new products would pile up until a
        // collection, no tape op counting them; INDArray.close() leaks them in ND4J M2.1, see Gemm)
        INDArray y = Nd4j.createUninitialized(DataType.FLOAT, new long[] {3200, 800}, 'c');
        INDArray dx = Nd4j.createUninitialized(DataType.FLOAT, new long[] {3200, 784}, 'c');
        INDArray dw = Nd4j.createUninitialized(DataType.FLOAT, new long[] {800, 784}, 'c');
        double[] ms = StepTiming.time(() -> {
            Gemm.mm(x, w, false, true, y);
            Gemm.mm(g, w, false, false, dx);
            Gemm.mm(g, x, true, false, dw);
        }, c[1], c[0]);
        System.out.printf(Locale.ROOT, "GFLOP/s at the median: %.1f%n", FLOPS / StepTiming.median(ms) / 1e6);
        StepTiming.report("gemm", ms, 1);
    }

    private static INDArray uniform(SplittableRandom rng, int rows, int cols) {
        float[] v = new float[rows * cols];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (rng.nextDouble() * 2 - 1);
        }
        return Nd4j.create(v, new long[] {rows, cols}, 'c');
    }
}
