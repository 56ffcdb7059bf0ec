package org.snn4j.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
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
import org.snn4j.autograd.GradMode;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.ops.Convolution;
import org.snn4j.autograd.ops.sparse.SparsePolicy;
import org.snn4j.nativebuild.NativeSelection;

/**
 * JMH: the dense (ND4J {@code conv2d}/{@code conv2d_bp}) against the event-driven path of
 * {@link Convolution#conv2d} on the two convolutions of {@link ConvNmnistWorkload}, over all
 * {@code T·B = 512} frames, float32, at a range of input densities:
 *
 * <pre>
 * conv1  x [512, 2, 34, 34] binary events        w [12, 2, 5, 5]   no ∂x (the network input)
 * conv2  x [512, 12, 15, 15] multiples of ¼       w [64, 12, 5, 5]  ∂x too (an average-pooled spike map)
 * </pre>
 * The path is forced for the whole fork ({@link SparsePolicy#force}). {@code forward}: the
 * convolution without a tape; {@code forwardBackward}: forward and the VJP
 * for an all-ones upstream gradient (∂w, ∂b, and ∂x for conv2). The density at which the two
 * paths cost the same is {@link Convolution#CROSSOVER}. Run:
 * {@code java -cp "bench/target/snn4j-bench-*.jar:bench/target/lib/*" org.openjdk.jmh.Main SparseConvBenchmark}
 * (add {@code -p layer=conv2 -p density=0.1,0.2} to narrow it).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
public class SparseConvBenchmark {
    @Param({"conv1", "conv2"})
    public String layer;

    @Param({"dense", "event"})
    public String path;

    @Param({"0.03", "0.1", "0.2", "0.3", "0.5"})
    public double density;

    private INDArray x;
    private INDArray w;
    private INDArray b;
    private INDArray ones;
    private boolean inputGrad;

    @Setup(Level.Trial)
    public void setUp() {
        NativeSelection.configure();
        boolean first = "conv1".equals(layer);
        int n = ConvNmnistWorkload.T * ConvNmnistWorkload.B;
        int c = first ? 2 : 12;
        int side = first ? 34 : 15;
        int oc = first ? 12 : 64;
        SplittableRandom rng = new SplittableRandom(1);
        float[] v = new float[n * c * side * side];
        for (int i = 0; i < v.length; i++) {
            if (rng.nextDouble() < density) {
                v[i] = first ? 1f : (1 + rng.nextInt(4)) / 4f;
            }
        }
        x = Nd4j.create(v, new long[] {n, c, side, side}, 'c');
        float[] k = new float[oc * c * 25];
        for (int i = 0; i < k.length; i++) {
            k[i] = (float) (rng.nextDouble() - 0.5) * 0.4f;
        }
        w = Nd4j.create(k, new long[] {oc, c, 5, 5}, 'c');
        b = Nd4j.zeros(DataType.FLOAT, oc);
        ones = Nd4j.ones(DataType.FLOAT, n, oc, side - 4, side - 4);
        inputGrad = !first;
        SparsePolicy.force("event".equals(path) ? SparsePolicy.Mode.ON : SparsePolicy.Mode.OFF);
    }

    private Tensor conv(Tensor xt, Tensor wt, Tensor bt) {
        return Convolution.conv2d(xt, wt, bt, 1, 0);
    }

    @Benchmark
    public INDArray forward() {
        try (GradMode.Scope s = GradMode.noGrad()) {
            return conv(Tensor.constant(x), Tensor.constant(w), Tensor.constant(b)).value();
        }
    }

    @Benchmark
    public INDArray forwardBackward() {
        Tensor xt = inputGrad ? Tensor.variable(x) : Tensor.constant(x);
        Tensor wt = Tensor.variable(w);
        conv(xt, wt, Tensor.variable(b)).backward(ones, false);
        return wt.grad();
    }
}
