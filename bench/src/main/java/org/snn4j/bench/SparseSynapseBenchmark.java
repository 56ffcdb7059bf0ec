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
import org.snn4j.autograd.Broadcasting;
import org.snn4j.autograd.ops.Gemm;
import org.snn4j.autograd.ops.sparse.EventSynapse;
import org.snn4j.autograd.ops.sparse.SpikeBits;
import org.snn4j.autograd.ops.sparse.SpikeColumns;
import org.snn4j.autograd.ops.sparse.SpikeEvents;
import org.snn4j.nativebuild.NativeSelection;

/**
 * JMH: the dense layer's two products with a spike input, dense GEMM against the event path
 * ({@link EventSynapse}), at a LIF-MLP layer shape ({@code shape}): {@code fc1} is layer 1,
 * {@code x [3200, 784]} (T·B = 25·128 rows), {@code W [800, 784]}, {@code b [800]},
 * {@code G [3200, 800]}; {@code fc2} is layer 2, {@code x [3200, 800]} (hidden spikes),
 * {@code W [10, 800]}, {@code G [3200, 10]}. The input is i.i.d. Bernoulli({@code density}), ones
 * ({@code values=binary}) or uniform (0, 1] values ({@code values=valued}).
 * <ul>
 *   <li>{@code forwardDense}: {@code Gemm.mm(x, W, false, true)} plus the bias pass, as {@code affine};</li>
 *   <li>{@code forwardEvents}: the scan of {@code x} into events plus {@link EventSynapse#forward};</li>
 *   <li>{@code weightGradDense}: {@code Gemm.mm(G, x, true, false)};</li>
 *   <li>{@code scan}: {@link SpikeEvents#scan} alone (part of {@code forwardEvents});</li>
 *   <li>{@code weightGradEvents}: {@link EventSynapse#weightGradient} from the column bit set the
 *       tape keeps ({@link SpikeColumns}, expanded to row lists inside the call);</li>
 *   <li>{@code packBits}: {@link SpikeBits#pack}, what the dense path adds to the forward pass for a
 *       binary input (the binary test and the row bit set the tape keeps instead of {@code x});</li>
 *   <li>{@code unpackBits}: {@link SpikeBits#unpack}, what it adds before {@code weightGradDense}.</li>
 * </ul>
 * Run: {@code java -cp "bench/target/snn4j-bench-*.jar:bench/target/lib/*" org.openjdk.jmh.Main SparseSynapseBenchmark}
 * (add {@code -p density=0.03,0.13,0.2,0.3} to find the crossover {@link EventSynapse#CROSSOVER},
 * {@code -p shape=fc2 -p density=0.06} for layer 2, {@code -p values=valued} for non-binary events;
 * {@code -jvmArgsAppend -Dsnn4j.vector=off} for the scalar loops).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g", "--add-modules", "jdk.incubator.vector"})
public class SparseSynapseBenchmark {
    static final int ROWS = 3200;

    @Param({"0.03", "0.13"})
    public double density;

    @Param({"fc1"})
    public String shape;

    @Param({"binary"})
    public String values;

    private INDArray x;
    private INDArray w;
    private INDArray b;
    private INDArray g;
    private SpikeColumns kept;
    private SpikeBits bits;

    @Setup(Level.Trial)
    public void setUp() {
        NativeSelection.configure();
        int in;
        int out;
        switch (shape) {
            case "fc1" -> { in = 784; out = 800; }
            case "fc2" -> { in = 800; out = 10; }
            default -> throw new IllegalArgumentException("SparseSynapseBenchmark: shape must be fc1 or fc2, got " + shape);
        }
        boolean binary = switch (values) {
            case "binary" -> true;
            case "valued" -> false;
            default -> throw new IllegalArgumentException("SparseSynapseBenchmark: values must be binary or valued, got " + values);
        };
        SplittableRandom r = new SplittableRandom(1);
        float[] v = new float[ROWS * in];
        for (int i = 0; i < v.length; i++) {
            v[i] = r.nextDouble() < density ? (binary ? 1f : (float) (1 - r.nextDouble())) : 0f;
        }
        x = Nd4j.create(v, new long[] {ROWS, in}, 'c');
        w = uniform(r, out, in);
        b = uniform(r, out);
        g = uniform(r, ROWS, out);
        kept = SpikeEvents.scan(x, 1).byColumn();
        bits = SpikeBits.pack(x);
    }

    private static INDArray uniform(SplittableRandom r, long... shape) {
        long n = 1;
        for (long s : shape) {
            n *= s;
        }
        float[] v = new float[(int) n];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (r.nextDouble() * 0.2 - 0.1);
        }
        return Nd4j.create(v, shape, 'c').castTo(DataType.FLOAT);
    }

    @Benchmark
    public INDArray forwardDense() {
        return Broadcasting.addRowInPlace(Gemm.mm(x, w, false, true), b);
    }

    @Benchmark
    public INDArray forwardEvents() {
        return EventSynapse.forward(SpikeEvents.scan(x, 1), w, b);
    }

    @Benchmark
    public INDArray weightGradDense() {
        return Gemm.mm(g, x, true, false);
    }

    @Benchmark
    public SpikeEvents scan() {
        return SpikeEvents.scan(x, 1);
    }

    @Benchmark
    public INDArray weightGradEvents() {
        return EventSynapse.weightGradient(kept, g);
    }

    @Benchmark
    public SpikeBits packBits() {
        return SpikeBits.pack(x);
    }

    @Benchmark
    public INDArray unpackBits() {
        return bits.unpack();
    }
}
