package org.snn4j.bench;

import java.util.Locale;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.ops.Convolution;
import org.snn4j.autograd.ops.sparse.SparsePolicy;
import org.snn4j.nativebuild.NativeSelection;

/**
 * Side-by-side timing of one conv N-MNIST training step ({@link ConvNmnistWorkload}, the
 * {@code shared/bench/conv_nmnist.py} workload), with the script's sanity numbers (input rate,
 * spike rates of the two conv layers, mean output count, ‖∂L/∂W_conv1‖), the path each convolution
 * takes ({@link Convolution#path}: event-driven or dense, with the input density) and the forward-only median:
 * {@code java -cp "bench/target/snn4j-bench-*.jar:bench/target/lib/*" org.snn4j.bench.ConvNmnistMain [iters] [warmup]}.
 */
public final class ConvNmnistMain {
    private ConvNmnistMain() {
    }

    public static void main(String[] args) {
        NativeSelection.configure();
        int[] c = StepTiming.counts(args, 20, 3);
        System.out.println(NativeSelection.describe());
        ConvNmnistWorkload w = new ConvNmnistWorkload(0);
        sanity(w);
        double[] ms = StepTiming.time(w::step, c[1], c[0]);
        StepTiming.inference("conv_nmnist", w::forward, c[0]);
        System.out.println("sparse paths: " + SparsePolicy.summary());
        StepTiming.report("conv_nmnist", ms, ConvNmnistWorkload.B);
    }

    /**
     * The script's sanity numbers from one recorded forward and backward pass, in a method of its own
     * so that its spike maps (38 MB) are unreachable while the steps are timed, as in the script, whose
     * recording pass keeps only the rates.
     */
    private static void sanity(ConvNmnistWorkload w) {
        Tensor[] s = w.forwardAll();
        Tensor l = w.loss(s[2]);
        l.backward();
        System.out.printf(Locale.ROOT, "input rate %.4f  rate l1 %.4f  rate l2 %.4f  out-count %.2f  grad_norm_conv1 %.4g%n",
                w.inputRate(), s[0].value().meanNumber().doubleValue(), s[1].value().meanNumber().doubleValue(),
                s[2].value().sum(0).meanNumber().doubleValue(), w.firstKernel().grad().norm2Number().doubleValue());
        System.out.println("conv1 input: " + Convolution.path(w.convInput(null)) + "; conv2 input: "
                + Convolution.path(w.convInput(s[0])) + " (" + SparsePolicy.PROPERTY + "=" + SparsePolicy.mode()
                .name().toLowerCase(Locale.ROOT) + ")");
    }
}
