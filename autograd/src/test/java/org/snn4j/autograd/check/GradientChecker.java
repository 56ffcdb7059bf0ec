package org.snn4j.autograd.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Function;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.GradMode;
import org.snn4j.autograd.Tensor;

/**
 * Checks reverse-mode gradients against float64 central differences.
 *
 * <p>The tensor output {@code f(x)} is scalarised with fixed random weights {@code r} (seeded,
 * uniform in [−1, 1]): {@code L = Σ r ⊙ f(x)}. The analytic gradient is {@code backward(r)}; the
 * numeric one for entry {@code j} of input {@code i} is {@code Σ r ⊙ (f(x + h·eⱼ) − f(x − h·eⱼ)) / 2h}
 * (differences are taken elementwise before projecting, which keeps round-off small). An entry
 * passes when {@code |a − n| ≤ absFloor} or {@code |a − n| / max(|a|, |n|) ≤ relTol}. Inputs
 * larger than {@code maxEntries} are checked on a seeded random subset of entries.
 *
 * <p>Each selected {@link Layout} is a complete run with every input, and the seed {@code r} of
 * the backward pass, in that layout (so rules also meet upstream gradients that are column-major
 * or strided views); the first
 * layout's forward output is the reference the others must reproduce (to 1e-12 relative).
 * The checker also reports an output or gradient that is not float64, a non-finite output, a
 * gradient of the wrong shape, and a function that mutates its inputs.
 *
 * <p><b>Non-differentiable points.</b> The checker uses exactly the inputs it is given, so the
 * caller chooses points at least a few {@code eps} away from kinks (relu/abs at 0, clamp bounds,
 * max/maxPool ties, where-mask boundaries); {@link RandomArrays} has helpers for that. Inputs
 * that are not differentiable at all (labels, masks) are marked with
 * {@link CheckOptions#withConstants}. The function must be deterministic and must not keep state
 * between calls (a dropout mask, for example, is created outside and captured).
 */
public final class GradientChecker {
    private static final double FORWARD_TOLERANCE = 1e-12;

    private GradientChecker() {
    }

    /** {@link #check(CheckOptions, Function, INDArray...)} with {@link CheckOptions#defaults()}. */
    public static CheckResult check(Function<Tensor[], Tensor> f, INDArray... inputs) {
        return check(CheckOptions.defaults(), f, inputs);
    }

    /**
     * @param f      the function under test; called many times with fresh tensors over the inputs
     * @param inputs the point at which to differentiate (converted to float64, never modified)
     */
    public static CheckResult check(CheckOptions options, Function<Tensor[], Tensor> f, INDArray... inputs) {
        Run run = new Run(options, f);
        INDArray reference = null;
        for (Layout layout : options.layouts()) {
            INDArray out = run.layout(layout, inputs);
            if (reference == null) {
                reference = out;
            } else if (out != null && !close(reference, out)) {
                run.problems.add("layout " + layout + ": forward output differs from layout "
                        + options.layouts().iterator().next() + " (max abs diff "
                        + maxAbsDiff(reference, out) + ")");
            }
        }
        return new CheckResult(run.mismatches, run.problems, run.checked, run.maxRel);
    }

    /** State of one check. */
    private static final class Run {
        final CheckOptions o;
        final Function<Tensor[], Tensor> f;
        final List<Mismatch> mismatches = new ArrayList<>();
        final List<String> problems = new ArrayList<>();
        int checked;
        double maxRel;

        Run(CheckOptions o, Function<Tensor[], Tensor> f) {
            this.o = o;
            this.f = f;
        }

        /** Runs one layout; returns the forward output (or null after a structural problem). */
        INDArray layout(Layout layout, INDArray[] inputs) {
            INDArray[] xs = new INDArray[inputs.length];
            Tensor[] ts = new Tensor[inputs.length];
            for (int i = 0; i < inputs.length; i++) {
                xs[i] = layout.arrange(inputs[i]);
                ts[i] = new Tensor(xs[i], !o.constants().contains(i));
            }
            Tensor out = f.apply(ts);
            INDArray value = out.value().dup('c');
            if (!validOutput(layout, value)) {
                return null;
            }
            INDArray r = projection(value.shape());
            if (out.requiresGrad()) {
                out.backward(layout.arrange(r), false);
            }
            for (int i = 0; i < inputs.length; i++) {
                if (!Layout.C.arrange(inputs[i]).equals(xs[i].dup('c'))) {
                    problems.add("layout " + layout + ": the function modified input " + i);
                    return value;
                }
            }
            for (int i = 0; i < inputs.length; i++) {
                if (!o.constants().contains(i)) {
                    compareInput(layout, i, xs, ts[i].grad(), r);
                }
            }
            return value;
        }

        boolean validOutput(Layout layout, INDArray value) {
            if (value.dataType() != DataType.DOUBLE) {
                problems.add("layout " + layout + ": output type " + value.dataType() + ", expected DOUBLE");
                return false;
            }
            if (value.isNaN().any() || value.isInfinite().any()) {
                problems.add("layout " + layout + ": output has non-finite values");
                return false;
            }
            return true;
        }

        void compareInput(Layout layout, int i, INDArray[] xs, INDArray grad, INDArray r) {
            INDArray x = xs[i];
            INDArray analytic = grad == null ? Nd4j.zeros(DataType.DOUBLE, x.shape()) : grad;
            if (!Arrays.equals(analytic.shape(), x.shape()) || analytic.dataType() != DataType.DOUBLE) {
                problems.add("layout " + layout + ": gradient of input " + i + " is " + analytic.dataType()
                        + Arrays.toString(analytic.shape()) + ", expected DOUBLE" + Arrays.toString(x.shape()));
                return;
            }
            for (long flat : entries(i, x.length())) {
                long[] idx = subscripts(x.shape(), flat);
                double a = analytic.getDouble(idx);
                double n = numeric(xs, x, idx, r);
                double diff = Math.abs(a - n);
                double rel = diff == 0 ? 0 : diff / Math.max(Math.abs(a), Math.abs(n));
                checked++;
                if (!(diff <= o.absFloor() || rel <= o.relTol())) {
                    mismatches.add(new Mismatch(i, layout, flat, idx, a, n, rel));
                }
                maxRel = Math.max(maxRel, rel);
            }
        }

        /** Σ r ⊙ (f(x + h) − f(x − h)) / 2h for one entry, evaluated without recording. */
        double numeric(INDArray[] xs, INDArray x, long[] idx, INDArray r) {
            double orig = x.getDouble(idx);
            try {
                x.putScalar(idx, orig + o.eps());
                INDArray plus = evaluate(xs);
                x.putScalar(idx, orig - o.eps());
                INDArray minus = evaluate(xs);
                return plus.subi(minus).muli(r).sumNumber().doubleValue() / (2 * o.eps());
            } finally {
                x.putScalar(idx, orig);
            }
        }

        INDArray evaluate(INDArray[] xs) {
            Tensor[] ts = new Tensor[xs.length];
            try (GradMode.Scope s = GradMode.noGrad()) {
                for (int i = 0; i < xs.length; i++) {
                    ts[i] = Tensor.constant(xs[i]);
                }
                return f.apply(ts).value().dup('c');
            }
        }

        INDArray projection(long[] shape) {
            SplittableRandom rng = new SplittableRandom(o.seed());
            long n = 1;
            for (long d : shape) {
                n *= d;
            }
            double[] v = new double[Math.toIntExact(n)];
            for (int k = 0; k < n; k++) {
                v[k] = rng.nextDouble(-1, 1);
            }
            return shape.length == 0 ? Nd4j.scalar(v[0]) : Nd4j.createFromArray(v).reshape('c', shape);
        }

        /** All flat indices, or a seeded random subset of {@code maxEntries} of them (ascending). */
        Iterable<Long> entries(int input, long length) {
            TreeSet<Long> picked = new TreeSet<>();
            if (length <= o.maxEntries()) {
                for (long k = 0; k < length; k++) {
                    picked.add(k);
                }
                return picked;
            }
            SplittableRandom rng = new SplittableRandom(o.seed() * 31 + input);
            while (picked.size() < o.maxEntries()) {
                picked.add(rng.nextLong(length));
            }
            return picked;
        }
    }

    /** Row-major multi-index of {@code flat} in {@code shape}. */
    static long[] subscripts(long[] shape, long flat) {
        long[] idx = new long[shape.length];
        long rest = flat;
        for (int d = shape.length - 1; d >= 0; d--) {
            idx[d] = rest % shape[d];
            rest /= shape[d];
        }
        return idx;
    }

    private static boolean close(INDArray a, INDArray b) {
        if (!Arrays.equals(a.shape(), b.shape())) {
            return false;
        }
        double scale = Math.max(1, a.amaxNumber().doubleValue());
        return maxAbsDiff(a, b) <= FORWARD_TOLERANCE * scale;
    }

    private static double maxAbsDiff(INDArray a, INDArray b) {
        return Arrays.equals(a.shape(), b.shape()) ? a.sub(b).amaxNumber().doubleValue() : Double.POSITIVE_INFINITY;
    }
}
