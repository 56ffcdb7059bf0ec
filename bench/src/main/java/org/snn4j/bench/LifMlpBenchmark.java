package org.snn4j.bench;

import java.util.concurrent.TimeUnit;
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
 * JMH: one training step of the {@code shared/bench/lif_mlp.py} workload ({@link LifMlpWorkload}).
 * Run: {@code java -cp "bench/target/snn4j-bench-*.jar:bench/target/lib/*" org.openjdk.jmh.Main LifMlpBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx6g", "--add-modules", "jdk.incubator.vector"})
public class LifMlpBenchmark {
    private LifMlpWorkload workload;

    @Setup(Level.Trial)
    public void setUp() {
        NativeSelection.configure();
        workload = new LifMlpWorkload(0);
    }

    @Benchmark
    public double trainingStep() {
        return workload.step();
    }
}
