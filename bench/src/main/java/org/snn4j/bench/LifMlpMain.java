package org.snn4j.bench;

import java.util.Arrays;
import java.util.Locale;
import org.snn4j.autograd.TapeMemory;
import org.snn4j.autograd.ops.sparse.EventSynapse;
import org.snn4j.autograd.ops.sparse.SparsePolicy;
import org.snn4j.neurons.fused.FusedLinearCharge;
import org.snn4j.nativebuild.NativeSelection;

/**
 * Side-by-side timing of the LIF-MLP training step ({@link LifMlpWorkload}, the
 * {@code shared/bench/lif_mlp.py} workload), printed like the scripts' SUMMARY lines, plus the bytes
 * the tape keeps for BPTT per neuron per time step (compare {@code shared/bench/bptt_memory.py}):
 * {@code java -cp "bench/target/snn4j-bench-*.jar:bench/target/lib/*" org.snn4j.bench.LifMlpMain [iters] [warmup]}.
 */
public final class LifMlpMain {
    private LifMlpMain() {
    }

    public static void main(String[] args) {
        NativeSelection.configure();
        int[] c = StepTiming.counts(args, 20, 5);
        System.out.println(NativeSelection.describe());
        LifMlpWorkload w = new LifMlpWorkload(0);
        System.out.printf(Locale.ROOT, "input rate %.4f%n", w.inputRate());
        boolean compact = FusedLinearCharge.compactState();
        for (boolean half : new boolean[] {false, true}) {
            FusedLinearCharge.setCompactState(half);
            TapeMemory.Retained kept = w.bpttMemory();
            System.out.printf(Locale.ROOT, "BPTT snn4j.lif_mlp%s: tape keeps %.1f MiB in %d storages = %.2f"
                    + " B/neuron-step (T*B*(800+10) neuron-steps; bptt_memory.py: about 8 B for PyTorch)%n",
                    half ? " (compact neuron state, the default)" : " (exact float32 neuron state, -Dsnn4j.compactNeuronState=false)",
                    kept.bytes() / 1048576.0, kept.storages(),
                    kept.perNeuronStep(w.neuronSteps()));
        }
        FusedLinearCharge.setCompactState(compact);
        System.out.printf(Locale.ROOT, "synapse paths: %s, vector loops %s%n", SparsePolicy.summary(),
                EventSynapse.vectorised() ? "on" : "off");
        double[] ms = StepTiming.time(w::step, c[1], c[0]);
        System.out.printf(Locale.ROOT, "synapse paths after the timed steps: %s%n", SparsePolicy.summary());
        TapeMemory.Retained later = w.bpttMemory();   // after training, the hidden spikes are denser than at the start
        System.out.printf(Locale.ROOT, "BPTT snn4j.lif_mlp after the timed steps (%s neuron state): tape keeps %.1f MiB"
                + " = %.2f B/neuron-step (a layer keeps a binary input as bits: column bits on the event path,"
                + " row bits on the dense path)%n", compact ? "compact" : "exact",
                later.bytes() / 1048576.0, later.perNeuronStep(w.neuronSteps()));
        if (Boolean.getBoolean("snn4j.bench.phases")) {
            printPhases(w, c[0]);
        }
        StepTiming.inference("lif_mlp", w::forward, c[0]);
        StepTiming.report("lif_mlp", ms, LifMlpWorkload.B);
    }

    /**
     * With {@code -Dsnn4j.bench.phases=true}: {@code iters} more steps (after the timed ones, so not in
     * their figures), timed phase by phase ({@link LifMlpWorkload#phases}), printed as each phase's
     * median wall milliseconds: {@code PHASES fc1 10.15 lif1 3.14 … ms (medians of 20 steps after the timed ones)}.
     */
    private static void printPhases(LifMlpWorkload w, int iters) {
        String[] names = LifMlpWorkload.PHASES;
        double[][] byPhase = new double[names.length][iters];
        for (int i = 0; i < iters; i++) {
            double[] p = w.phases();
            for (int k = 0; k < names.length; k++) {
                byPhase[k][i] = p[k];
            }
        }
        StringBuilder line = new StringBuilder("PHASES");
        for (int k = 0; k < names.length; k++) {
            Arrays.sort(byPhase[k]);
            line.append(' ').append(names[k]).append(' ')
                    .append(String.format(Locale.ROOT, "%.2f", byPhase[k][iters / 2]));
        }
        System.out.println(line.append(" ms (medians of ").append(iters).append(" steps after the timed ones)"));
    }
}
