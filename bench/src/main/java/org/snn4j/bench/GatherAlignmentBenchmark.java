package org.snn4j.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
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
import org.snn4j.autograd.backend.CacheLines;
import org.snn4j.autograd.ops.sparse.RowSums;

/**
 * JMH: the event gather ({@link RowSums#gather}) of the LIF-MLP fc1 forward pass on one thread, with
 * its source rows {@code offset} floats past a 64-byte cache line ({@link CacheLines}). The source is
 * one 128-column block of the packed {@code Wᵀ} (784 rows, 401 KB, in L2), the events those of 3,200
 * rows of a Bernoulli input at 13 % (seeded); each call sums all rows. At {@code offset} 0 every
 * 16-float vector load reads one line; at 8 (32 bytes) every other load of the 512-bit species
 * crosses a line on AVX-512, at 4 and 12 every load does.
 * Measured 2026-12-07 01:15 UTC (2-core AMD EPYC Zen 4, AVX-512, another build running on the same
 * cores): offset 0 1.67 ± 0.09 ms, 4 2.12 ± 0.45, 8 1.82 ± 0.10, 12 2.09 ± 0.08; a one-thread harness of
 * the same loop (best of 7, quiet moments) gave 1.61 ms at a line, 1.87–1.89 ms 32 bytes off and
 * 2.35–2.43 ms at the other even offsets.
 * Run: {@code java --add-modules jdk.incubator.vector -cp "bench/target/snn4j-bench-0.1.0-SNAPSHOT.jar:bench/target/lib/*"
 * org.openjdk.jmh.Main GatherAlignmentBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xmx1g", "--add-modules", "jdk.incubator.vector"})
public class GatherAlignmentBenchmark {
    private static final int ROWS = 3200;
    private static final int DEPTH = 784;
    private static final int WIDTH = 128;

    @Param({"0", "4", "8", "12"})
    public int offset;

    private float[] src;
    private int[] start;
    private int[] idx;
    private final float[] dst = new float[WIDTH];

    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom r = new SplittableRandom(1);
        src = new float[DEPTH * WIDTH + 2 * CacheLines.FLOATS];
        for (int i = 0; i < src.length; i++) {
            src[i] = (float) r.nextDouble();
        }
        start = new int[ROWS + 1];
        idx = new int[ROWS * DEPTH];
        int n = 0;
        for (int row = 0; row < ROWS; row++) {
            start[row] = n;
            for (int j = 0; j < DEPTH; j++) {
                if (r.nextDouble() < 0.13) {
                    idx[n++] = j;
                }
            }
        }
        start[ROWS] = n;
    }

    @Benchmark
    public float[] gather() {
        int base = CacheLines.alignedStart(src) + offset;
        for (int row = 0; row < ROWS; row++) {
            RowSums.gather(idx, null, start[row], start[row + 1], src, base, WIDTH, dst, 0, WIDTH);
        }
        return dst;
    }
}
