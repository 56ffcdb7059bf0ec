package org.snn4j.bench;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.snn4j.autograd.GradMode;
import org.snn4j.autograd.backend.NativeMemoryPressure;

/**
 * Times a training step the way {@code shared/bench/common.py} does (warm-up calls, then each
 * timed call on its own) and prints the two lines {@code bench/compare.sh} reads:
 *
 * <pre>
 * SUMMARY snn4j.&lt;workload&gt;  median … ms/step [min … max …, n=…]  … samples/s  peakRSS … MiB
 * RESULT snn4j &lt;workload&gt; median_ms=… min_ms=… max_ms=… n=… peak_rss_mib=…
 * </pre>
 * Peak RSS is the kernel's high-water mark of this process ({@code VmHWM} in
 * {@code /proc/self/status}), the figure Python's {@code ru_maxrss} reports for the scripts.
 */
final class StepTiming {
    private StepTiming() {
    }

    /** Iterations and warm-up calls from {@code args[0]}, {@code args[1]}, else the defaults. */
    static int[] counts(String[] args, int iters, int warmup) {
        try {
            return new int[] {args.length > 0 ? Integer.parseInt(args[0]) : iters,
                args.length > 1 ? Integer.parseInt(args[1]) : warmup};
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("usage: [iters] [warmup], got " + Arrays.toString(args));
        }
    }

    /**
     * Runs {@code step} {@code warmup} times untimed, then {@code iters} timed; sorted ms. With
     * {@code -Dsnn4j.bench.steps=true} it first prints, in step order, the warm-up steps' times
     * ({@code WARMUP}), the timed steps' times ({@code STEPS}) and the time the JIT compiler
     * threads spent compiling during each timed step ({@code JIT}, ms: the growth of
     * {@link CompilationMXBean#getTotalCompilationTime}, the summed durations of finished compilations),
     * which is what the timed window shares the two cores with. The first two lines end with the JVM
     * uptime their first step started at (the clock of {@code -Xlog} and of JFR recordings). A fourth
     * line counts the collections during the timed steps, those {@link NativeMemoryPressure} forced,
     * and the time the collectors report (conv N-MNIST, 2026-12-07: 3 collections per step, all
     * forced young ones, about 3 ms per step).
     */
    static double[] time(Runnable step, int warmup, int iters) {
        boolean print = Boolean.getBoolean("snn4j.bench.steps");
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        boolean jitTimed = print && jit != null && jit.isCompilationTimeMonitoringSupported();
        double[] warm = new double[warmup];
        double warmFrom = uptimeSeconds();
        for (int i = 0; i < warmup; i++) {
            long t0 = System.nanoTime();
            step.run();
            warm[i] = (System.nanoTime() - t0) / 1e6;
        }
        double[] ms = new double[iters];
        double[] compile = new double[iters];
        double timedFrom = uptimeSeconds();
        long[] gc0 = collections();
        for (int i = 0; i < iters; i++) {
            long c0 = jitTimed ? jit.getTotalCompilationTime() : 0;
            long t0 = System.nanoTime();
            step.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
            compile[i] = jitTimed ? jit.getTotalCompilationTime() - c0 : Double.NaN;
        }
        if (print) {
            System.out.println(line("WARMUP", warm) + String.format(Locale.ROOT, " (from %.3f s)", warmFrom));
            System.out.println(line("STEPS", ms) + String.format(Locale.ROOT, " (from %.3f s)", timedFrom));
            System.out.println(line("JIT", compile));
            long[] gc1 = collections();
            System.out.printf(Locale.ROOT, "GC in the timed steps: %d collections (%d young and %d full of them forced"
                    + " by NativeMemoryPressure), %d ms in collections%n", gc1[0] - gc0[0], gc1[2] - gc0[2],
                    gc1[3] - gc0[3], gc1[1] - gc0[1]);
        }
        Arrays.sort(ms);
        return ms;
    }

    /**
     * {@code {collections, ms in collections}} summed over the JVM's collectors, then the young and
     * full collections {@link NativeMemoryPressure} forced.
     */
    private static long[] collections() {
        long count = 0;
        long ms = 0;
        for (GarbageCollectorMXBean c : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, c.getCollectionCount());
            ms += Math.max(0, c.getCollectionTime());
        }
        return new long[] {count, ms, NativeMemoryPressure.youngCollections(), NativeMemoryPressure.collections()};
    }

    /** Seconds since the JVM started, the clock of {@code -Xlog} and JFR's relative times. */
    private static double uptimeSeconds() {
        return ManagementFactory.getRuntimeMXBean().getUptime() / 1e3;
    }

    private static String line(String label, double[] values) {
        StringBuilder line = new StringBuilder(label);
        for (double m : values) {
            line.append(String.format(Locale.ROOT, " %.1f", m));
        }
        return line.toString();
    }

    /**
     * Times {@code forward} without a tape as the scripts do after their timed steps (2 untimed calls,
     * then {@code max(5, iters / 2)} timed) and prints {@code INFER snn4j.<workload>: … median … ms}.
     * It runs before the RSS is read, in both processes alike.
     */
    static void inference(String workload, Runnable forward, int iters) {
        try (GradMode.Scope scope = GradMode.noGrad()) {
            double[] ms = time(forward, 2, Math.max(5, iters / 2));
            System.out.printf(Locale.ROOT, "INFER snn4j.%s: forward-only (no grad) median %.2f ms%n", workload,
                    median(ms));
        }
    }

    /** Median of sorted values. */
    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
    }

    /** Prints the SUMMARY and RESULT lines for sorted step times of a batch of {@code batch} samples. */
    static void report(String workload, double[] sorted, int batch) {
        double med = median(sorted);
        double rss = peakRssMib();
        int n = sorted.length;
        System.out.printf(Locale.ROOT, "SUMMARY snn4j.%s  median %.2f ms/step [min %.2f max %.2f, n=%d]  %.1f samples/s"
                + "  peakRSS %.0f MiB%n", workload, med, sorted[0], sorted[n - 1], n, batch * 1000 / med, rss);
        System.out.printf(Locale.ROOT, "RESULT snn4j %s median_ms=%.3f min_ms=%.3f max_ms=%.3f n=%d peak_rss_mib=%.0f%n",
                workload, med, sorted[0], sorted[n - 1], n, rss);
    }

    /** This process's peak resident set in MiB ({@code VmHWM}), or NaN where /proc is missing. */
    static double peakRssMib() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }
}
