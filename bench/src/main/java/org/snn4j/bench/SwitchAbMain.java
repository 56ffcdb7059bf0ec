package org.snn4j.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.DoubleSupplier;
import java.util.function.Consumer;
import org.snn4j.autograd.Graph;
import org.snn4j.nativebuild.NativeSelection;
import org.snn4j.neurons.fused.FusedLinearCharge;

/**
 * One engine switch on against off in one JVM, on a reference workload: {@code release}, the freeing
 * of consumed gradient buffers during {@code backward} ({@link Graph#setReleaseGradients}), or
 * {@code compact}, the fused neurons' 16-bit BPTT state ({@link FusedLinearCharge#setCompactState}).
 * After {@code warmup} steps, {@code rounds} rounds each run {@code block} steps with the switch on
 * and {@code block} with it off (the order alternating by round; one untimed step after each
 * switch), so the two share the JIT state and the machine's drift. Prints each side's median step
 * and collections per step. A switch that changes which kernels run ({@code compact}) also makes the
 * JIT recompile them after each change, inside the timed blocks; compare it in separate JVMs too.
 * Usage:
 * {@code java -cp "bench/target/snn4j-bench-*.jar:bench/target/lib/*" org.snn4j.bench.SwitchAbMain
 * release|compact conv|lif|slayer [warmup] [rounds] [block]} (under the launcher's JVM options,
 * {@code snn4j-jvm.sh}).
 */
public final class SwitchAbMain {
    private SwitchAbMain() {
    }

    public static void main(String[] args) {
        NativeSelection.configure();
        if (args.length < 2) {
            System.err.println("usage: SwitchAbMain release|compact conv|lif|slayer [warmup] [rounds] [block]");
            System.exit(2);
        }
        boolean release = switch (args[0]) {
            case "release" -> true;
            case "compact" -> false;
            default -> throw new IllegalArgumentException("switch: release or compact, got " + args[0]);
        };
        Consumer<Boolean> set = release ? Graph::setReleaseGradients : FusedLinearCharge::setCompactState;
        boolean initial = release ? Graph.releaseGradients() : FusedLinearCharge.compactState();
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 8;
        int block = args.length > 4 ? Integer.parseInt(args[4]) : 5;
        DoubleSupplier step = switch (args[1]) {
            case "conv" -> new ConvNmnistWorkload(42)::step;
            case "lif" -> new LifMlpWorkload(42)::step;
            case "slayer" -> new SlayerSrmWorkload(42)::step;
            default -> throw new IllegalArgumentException("workload: conv, lif or slayer, got " + args[1]);
        };
        for (int i = 0; i < warmup; i++) {
            step.getAsDouble();
        }
        double[][] ms = new double[2][rounds * block];
        long[] collections = new long[2];
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < 2; k++) {
                int side = (k + r) % 2;   // 0: on, 1: off
                set.accept(side == 0);
                step.getAsDouble();
                long before = collections();
                for (int i = 0; i < block; i++) {
                    long t0 = System.nanoTime();
                    step.getAsDouble();
                    ms[side][r * block + i] = (System.nanoTime() - t0) / 1e6;
                }
                collections[side] += collections() - before;
            }
        }
        set.accept(initial);
        double on = median(ms[0]);
        double off = median(ms[1]);
        System.out.printf(Locale.ROOT, "%s %s: on median %.2f ms, %.2f collections/step; off median %.2f ms,"
                + " %.2f collections/step; on/off %.3f (%d steps each)%n", args[1], args[0], on,
                collections[0] / (double) ms[0].length, off, collections[1] / (double) ms[1].length, on / off,
                ms[0].length);
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static long collections() {
        long n = 0;
        for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += b.getCollectionCount();
        }
        return n;
    }
}
