package org.snn4j.bench;

import java.util.Locale;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.ops.sparse.EventSynapse;
import org.snn4j.autograd.ops.sparse.SparsePolicy;
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
        int[] c = StepTiming.counts(args, 20, 3);
        System.out.println(NativeSelection.describe());
        SlayerSrmWorkload w = new SlayerSrmWorkload(0);
        sanity(w);
        double[] ms = StepTiming.time(w::step, c[1], c[0]);
        StepTiming.inference("slayer_srm", w::forward, c[0]);
        StepTiming.report("slayer_srm", ms, SlayerSrmWorkload.B);
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
        System.out.println("SYNAPSE snn4j.slayer_srm: " + SparsePolicy.summary() + " (one forward+backward; vector loops "
                + (EventSynapse.vectorised() ? "on" : "off") + ")");
    }
}
