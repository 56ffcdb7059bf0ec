package org.snn4j.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.factory.Nd4j;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.snn4j.autograd.ops.Im2colConv;
import org.snn4j.nativebuild.NativeSelection;

/**
 * JMH: ND4J's dense {@code conv2d} / {@code conv2d_bp} / {@code deconv2d} kernels against
 * {@link Im2colConv} (im2col + three {@code Gemm} products) at the shape of the conv N-MNIST conv2,
 * float32, stride 1, no padding:
 *
 * <pre>
 * x [512, 12, 15, 15] multiples of ¼ at density 0.2     w [64, 12, 5, 5]     y, g [512, 64, 11, 11]
 * </pre>
 * {@code nd4j*} call the native ops directly; {@code im2col*} the Java class. {@code *Backward}
 * computes ∂x, ∂w and ∂b; {@code *InputGrad} ∂x alone; {@code im2colWeightGrad} ∂w and ∂b alone.
 * Run: {@code java --add-modules jdk.incubator.vector -cp "bench/target/snn4j-bench-0.1.0-SNAPSHOT.jar:bench/target/lib/*" org.openjdk.jmh.Main Im2colConvBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xmx2g", "-XX:+UseSerialGC", "--add-modules", "jdk.incubator.vector"})
public class Im2colConvBenchmark {
    @Param({"512"})
    public int samples;

    private INDArray x;
    private INDArray w;
    private INDArray b;
    private INDArray g;
    private int[] iArgs;
    private Im2colConv conv;

    @Setup(Level.Trial)
    public void setUp() {
        NativeSelection.configure();
        int c = 12;
        int side = 15;
        int oc = 64;
        SplittableRandom rng = new SplittableRandom(1);
        float[] v = new float[samples * c * side * side];
        for (int i = 0; i < v.length; i++) {
            if (rng.nextDouble() < 0.2) {
                v[i] = (1 + rng.nextInt(4)) / 4f;
            }
        }
        x = Nd4j.create(v, new long[] {samples, c, side, side}, 'c');
        float[] k = new float[oc * c * 25];
        for (int i = 0; i < k.length; i++) {
            k[i] = (float) (rng.nextDouble() - 0.5) * 0.4f;
        }
        w = Nd4j.create(k, new long[] {oc, c, 5, 5}, 'c');
        b = Nd4j.rand(DataType.FLOAT, oc);
        g = Nd4j.rand(DataType.FLOAT, samples, oc, side - 4, side - 4);
        iArgs = new int[] {5, 5, 1, 1, 0, 0, 1, 1, 0, 0, 1};
        conv = new Im2colConv(x.shape(), w.shape(), new int[] {1, 1}, new int[] {0, 0}, new int[] {1, 1},
                g.shape(), DataType.FLOAT);
    }

    @Benchmark
    public INDArray nd4jForward() {
        INDArray z = Nd4j.createUninitialized(DataType.FLOAT, g.shape());
        Nd4j.exec(DynamicCustomOp.builder("conv2d").addInputs(x, w, b).addOutputs(z).addIntegerArguments(iArgs)
                .build());
        return z;
    }

    @Benchmark
    public INDArray nd4jBackward() {
        INDArray gx = Nd4j.create(DataType.FLOAT, x.shape());
        INDArray gw = Nd4j.create(DataType.FLOAT, w.shape());
        INDArray gb = Nd4j.create(DataType.FLOAT, b.shape());
        Nd4j.exec(DynamicCustomOp.builder("conv2d_bp").addInputs(x, w, b, g).addOutputs(gx, gw, gb)
                .addIntegerArguments(iArgs).build());
        return gw;
    }

    @Benchmark
    public INDArray nd4jInputGrad() {
        INDArray gx = Nd4j.create(DataType.FLOAT, x.shape());
        Nd4j.exec(DynamicCustomOp.builder("deconv2d").addInputs(g, w).addOutputs(gx).addIntegerArguments(iArgs)
                .build());
        return gx;
    }

    @Benchmark
    public INDArray im2colForward() {
        return conv.forward(x, w, b);
    }

    @Benchmark
    public INDArray[] im2colBackward() {
        return conv.backward(x, w, g, true, true, true);
    }

    @Benchmark
    public INDArray[] im2colWeightGrad() {
        return conv.backward(x, w, g, false, true, true);
    }

    @Benchmark
    public INDArray[] im2colInputGrad() {
        return conv.backward(x, w, g, true, false, true);
    }
}
