package org.snn4j.bench;

import java.util.concurrent.TimeUnit;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.reduce.Mmul;
import org.nd4j.linalg.factory.Nd4j;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.snn4j.nativebuild.NativeSelection;

/**
 * JMH: float32 GEMM {@code [3200, 784] × [784, 800]} through ND4J, the shape of the LIF-MLP
 * layer-1 product (2·3200·784·800 = 4.01 GFLOP per call). Compare with
 * {@code /usr/bin/python3 shared/bench/ceilings.py --only gemm_mlp} run right after.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GemmBenchmark {
    /** FLOPs of one call. */
    public static final double FLOPS = 2.0 * 3200 * 784 * 800;
    private INDArray a;
    private INDArray b;
    private INDArray c;

    @Setup(Level.Trial)
    public void setUp() {
        NativeSelection.configure();
        Nd4j.getRandom().setSeed(1);
        a = Nd4j.rand(DataType.FLOAT, 3200, 784);
        b = Nd4j.rand(DataType.FLOAT, 784, 800);
        c = Nd4j.create(DataType.FLOAT, 3200, 800);
    }

    /** {@code INDArray.mmuli}: straight to the BLAS {@code sgemm} of the native build. */
    @Benchmark
    public INDArray gemm() {
        return a.mmuli(b, c);
    }

    /** The {@code matmul} custom op, which the oneDNN build serves with its own kernel. */
    @Benchmark
    public INDArray matmulOp() {
        Nd4j.exec(new Mmul(a, b, c, null));
        return c;
    }
}
