package org.snn4j.bench;

import java.util.Arrays;
import java.util.Locale;
import org.snn4j.nativebuild.NativeSelection;

/**
 * Side-by-side timing of the LIF-MLP training step, printed like {@code shared/bench}'s
 * SUMMARY lines: {@code java -cp ... org.snn4j.bench.LifMlpMain [iters] [warmup]}.
 */
public final class LifMlpMain {
    private LifMlpMain() {
    }

    public static void main(String[] args) {
        NativeSelection.configure();
        int iters = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        System.out.println(NativeSelection.describe());
        LifMlpWorkload w = new LifMlpWorkload(0);
        System.out.printf(Locale.ROOT, "input rate %.4f%n", w.inputRate());
        for (int i = 0; i < warmup; i++) {
            w.step();
        }
        double[] ms = new double[iters];
        for (int i = 0; i < iters; i++) {
            long t0 = System.nanoTime();
            w.step();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        double median = ms[iters / 2];
        System.out.printf(Locale.ROOT, "SUMMARY snn4j.lif_mlp  median %.2f ms/step [min %.2f max %.2f, n=%d]  %.1f samples/s%n",
                median, ms[0], ms[iters - 1], iters, LifMlpWorkload.B * 1000 / median);
    }
}
