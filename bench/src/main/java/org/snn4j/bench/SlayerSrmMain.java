package org.snn4j.bench;

import java.util.Arrays;
import java.util.Locale;
import org.snn4j.autograd.GradMode;
import org.snn4j.autograd.Tensor;
import org.snn4j.nativebuild.NativeSelection;

/**
 * Side-by-side timing of one SLAYER SRM-MLP training step ({@link SlayerSrmWorkload}, the
 * {@code shared/bench/slayer_srm.py} workload), printed like that script's SUMMARY line:
 * {@code java -cp "bench/target/snn4j-bench-*.jar:bench/target/lib/*" org.snn4j.bench.SlayerSrmMain [iters] [warmup]}.
 * Also prints the untrained network's hidden rate, output count and ‖∂L/∂W1‖ (the script's sanity
 * numbers) and the forward-only median.
 */
public final class SlayerSrmMain {
    private SlayerSrmMain() {
    }

    public static void main(String[] args) {
        NativeSelection.configure();
        int iters = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        System.out.println(NativeSelection.describe());
        SlayerSrmWorkload w = new SlayerSrmWorkload(0);
        sanity(w);
        for (int i = 0; i < warmup; i++) {
            w.step();
        }
        double[] ms = time(iters, w::step);
        double[] inferMs;
        try (GradMode.Scope s = GradMode.noGrad()) {
            inferMs = time(Math.max(5, iters / 2), w::forward);
        }
        double median = median(ms);
        System.out.printf(Locale.ROOT, "INFER snn4j.slayer_srm: forward-only (no grad) median %.2f ms%n", median(inferMs));
        System.out.printf(Locale.ROOT,
                "SUMMARY snn4j.slayer_srm  median %.2f ms/step [min %.2f max %.2f, n=%d]  %.1f samples/s%n",
                median, ms[0], ms[ms.length - 1], iters, SlayerSrmWorkload.B * 1000 / median);
    }

    private static void sanity(SlayerSrmWorkload w) {
        Tensor[] s = w.forwardBoth();
        double rate1 = s[0].value().meanNumber().doubleValue();
        double outCount = s[1].value().sum(0).meanNumber().doubleValue();
        Tensor l = w.loss(s[1]);
        l.backward();
        double gnorm = w.hiddenWeight().grad().norm2Number().doubleValue();
        w.hiddenWeight().zeroGrad();
        System.out.printf(Locale.ROOT, "input rate %.4f  hidden rate %.4f  out-count %.1f  loss %.1f  grad_norm_w1 %.4g%n",
                w.inputRate(), rate1, outCount, l.item(), gnorm);
    }

    private static double[] time(int n, Runnable r) {
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            r.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
    }
}
