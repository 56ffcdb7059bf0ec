package org.snn4j.bench;

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
import org.snn4j.autograd.ops.TransposedConv;
import org.snn4j.nativebuild.NativeSelection;

/**
 * JMH: the input gradient of a stride-1 float32 convolution (the transposed convolution), ND4J's
 * {@code deconv2d} (oneDNN backward-data on the oneDNN builds) against the vector-API kernel
 * {@link TransposedConv}, on {@code 512 = T·B} frames:
 *
 * <pre>
 * conv2    g [512, 64, 11, 11]  w [64, 12, 5, 5]  padding 0  → ∂x [512, 12, 15, 15]  (conv N-MNIST conv2)
 * c2to12   g [512, 12, 32, 32]  w [12, 2, 3, 3]   padding 1  → ∂x [512, 2, 32, 32]
 * c12to64  g [512, 64, 32, 32]  w [64, 12, 3, 3]  padding 1  → ∂x [512, 12, 32, 32]
 * c32to64  g [128, 64, 32, 32]  w [64, 32, 3, 3]  padding 1  → ∂x [128, 32, 32, 32]
 * w7       g [512, 64, 7, 7]    w [64, 12, 3, 3]  padding 1  → ∂x [512, 12, 7, 7]
 * w8       g [256, 128, 8, 8]   w [128, 64, 3, 3] padding 1  → ∂x [256, 64, 8, 8]
 * w11      g [512, 64, 11, 11]  w [64, 64, 5, 5]  padding 2  → ∂x [512, 64, 11, 11]
 * </pre>
 * {@code java} runs the kernel on every shape (also where the width rule of
 * {@code TransposedConv.faster} sends {@code Convolution} to oneDNN). Run:
 * {@code java --add-modules jdk.incubator.vector -cp "bench/target/snn4j-bench-*.jar:bench/target/lib/*"
 * org.openjdk.jmh.Main TransposedConvBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 6, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g", "--add-modules", "jdk.incubator.vector"})
public class TransposedConvBenchmark {
    @Param({"conv2", "c2to12", "c12to64", "c32to64", "w7", "w8", "w11"})
    public String shape;

    @Param({"onednn", "java"})
    public String impl;

    private INDArray g;
    private INDArray w;
    private long[] xShape;
    private int[] iArgs;

    @Setup(Level.Trial)
    public void setUp() {
        NativeSelection.configure();
        int[] s = switch (shape) {   // n, c, side, oc, k, padding
            case "conv2" -> new int[] {512, 12, 15, 64, 5, 0};
            case "c2to12" -> new int[] {512, 2, 32, 12, 3, 1};
            case "c12to64" -> new int[] {512, 12, 32, 64, 3, 1};
            case "c32to64" -> new int[] {128, 32, 32, 64, 3, 1};
            case "w7" -> new int[] {512, 12, 7, 64, 3, 1};
            case "w8" -> new int[] {256, 64, 8, 128, 3, 1};
            case "w11" -> new int[] {512, 64, 11, 64, 5, 2};
            default -> throw new IllegalArgumentException("shape " + shape);
        };
        int o = s[2] + 2 * s[5] - s[4] + 1;
        xShape = new long[] {s[0], s[1], s[2], s[2]};
        w = Nd4j.rand(DataType.FLOAT, s[3], s[1], s[4], s[4]).subi(0.5);
        g = Nd4j.rand(DataType.FLOAT, s[0], s[3], o, o).subi(0.5);
        iArgs = new int[] {s[4], s[4], 1, 1, s[5], s[5], 1, 1, 0, 0, 1};
    }

    @Benchmark
    public INDArray inputGrad() {
        if ("java".equals(impl)) {
            return TransposedConv.inputGrad(xShape, w, g, new int[] {iArgs[4], iArgs[5]});
        }
        INDArray gx = Nd4j.create(DataType.FLOAT, xShape);
        Nd4j.exec(DynamicCustomOp.builder("deconv2d").addInputs(g, w).addOutputs(gx).addIntegerArguments(iArgs)
                .build());
        return gx;
    }
}
