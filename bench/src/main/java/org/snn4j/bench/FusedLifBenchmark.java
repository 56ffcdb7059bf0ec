package org.snn4j.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
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
import org.snn4j.autograd.Tensor;
import org.snn4j.nativebuild.NativeSelection;

/**
 * JMH: the fused LIF neuron of the bench workloads ({@link ReferenceLif}: soft reset, detached,
 * atan surrogate, float32, from rest) over one layer's current sequence, at the layer shapes of the
 * workloads ({@code shape}): {@code mlp} is LIF1 of {@link LifMlpWorkload} {@code [25, 128, 800]}
 * (2.56 M neuron-steps), {@code conv1}/{@code conv2} the two conv LIF layers of
 * {@link ConvNmnistWorkload} {@code [16, 32, 12, 30, 30]} (5.5 M) and {@code [16, 32, 64, 11, 11]} (4.0 M).
 * The current is i.i.d. uniform on [−0.5, 1) (seeded), the incoming gradient uniform on [−1, 1).
 * <ul>
 *   <li>{@code forward}: the forward pass of a current that needs no gradient (no state kept);</li>
 *   <li>{@code forwardBackward}: forward with the state the reverse sweep reads, plus backward
 *       into {@code ∂L/∂x} — what one training step pays for the layer.</li>
 * </ul>
 * Measured 2026-12-06 (loaded 2-core Zen 4, 3 alternating JMH runs, medians, ms/op), before → after
 * the one-pass stored sweep and the vector-API step ({@code org.snn4j.neurons.fused.VectorFloatLanes}):
 * {@code forwardBackward} mlp 23.3 → 16.4, conv1 44.4 → 37.8, conv2 31.9 → 29.2; {@code forward}
 * mlp 41 → 17, conv1 26.3 → 6.0, conv2 17.3 → 8.0 (errors ±30-100 %: other jobs shared the cores);
 * once the fused node reported its no-gradient output to {@code NativeMemoryPressure}, {@code forward}
 * mlp 4.3-5.1 ± 0.6 (it had waited for heap collections to free its native outputs), conv1 10-11,
 * conv2 7.9-9.2 (the collections that now free them, at {@code -Dsnn4j.gcAfterBytes=268435456}).
 * {@code forwardBackward} includes the harness's gradient copy into the leaf ({@code dup}).
 * Run: {@code java --add-modules jdk.incubator.vector -cp "bench/target/snn4j-bench-0.1.0-SNAPSHOT.jar:bench/target/lib/*"
 * org.openjdk.jmh.Main FusedLifBenchmark -p shape=mlp}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g", "--add-modules", "jdk.incubator.vector"})
public class FusedLifBenchmark {
    @Param({"mlp", "conv1", "conv2"})
    public String shape;

    private INDArray current;
    private INDArray seed;

    @Setup(Level.Trial)
    public void setUp() {
        NativeSelection.configure();
        long[] dims = switch (shape) {
            case "mlp" -> new long[] {25, 128, 800};
            case "conv1" -> new long[] {16, 32, 12, 30, 30};
            case "conv2" -> new long[] {16, 32, 64, 11, 11};
            default -> throw new IllegalArgumentException("shape: mlp, conv1 or conv2, got " + shape);
        };
        long n = 1;
        for (long d : dims) {
            n *= d;
        }
        SplittableRandom rng = new SplittableRandom(7);
        float[] x = new float[(int) n];
        float[] g = new float[(int) n];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (rng.nextDouble() * 1.5 - 0.5);
            g[i] = (float) (rng.nextDouble() * 2 - 1);
        }
        current = Nd4j.create(x, dims, 'c');
        seed = Nd4j.create(g, dims, 'c');
    }

    @Benchmark
    public INDArray forward() {
        return ReferenceLif.spikes(Tensor.constant(current)).value();
    }

    @Benchmark
    public INDArray forwardBackward() {
        Tensor x = Tensor.variable(current);
        ReferenceLif.spikes(x).backward(seed, false);
        return x.grad();
    }
}
