package org.snn4j.autograd.optim;

import java.util.concurrent.ForkJoinPool;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.shape.Shape;
import org.snn4j.autograd.backend.NativeArrays;
import org.snn4j.autograd.backend.ParallelTasks;

/**
 * One pass over a parameter, its gradient and its state slots, element by element, in place: the
 * loop the moment optimisers ({@link Adam}, {@link AdamW}, {@link Nadam}) run instead of a dozen
 * whole-array ND4J operations (each a full read and write of the parameter, plus temporaries).
 *
 * <p>The arrays are moved through small heap chunks by bulk NIO copies; a rule sees chunks of
 * {@code p, g} and of every slot {@code s[k]} and updates {@code p} and the slots. Float32 arrays run
 * the float rule (same roundings as the ND4J ops it replaces: each intermediate result is a
 * {@code float}), float64 arrays the double rule. A parameter that is not a dense 'c' array from
 * offset 0 is updated through a copy. Large parameters are cut into one contiguous range per thread
 * of the common fork-join pool; the rule is element-wise, so the result does not depend on the cut.
 */
final class FusedUpdate {
    /** Elements per chunk: a handful of 16 KiB chunks stay in L1/L2. */
    static final int CHUNK = 4096;
    /** Parameters below this many elements are updated on the calling thread only. */
    static final int PARALLEL_MIN = 1 << 16;

    /** The float32 element rule over {@code [0, n)} of the chunk arrays. */
    @FunctionalInterface
    interface FloatRule {
        void apply(float[] p, float[] g, float[][] s, int n);
    }

    /** The float64 element rule over {@code [0, n)} of the chunk arrays. */
    @FunctionalInterface
    interface DoubleRule {
        void apply(double[] p, double[] g, double[][] s, int n);
    }

    private FusedUpdate() {
    }

    /** Runs the rule of {@code param}'s type over all elements; {@code slots} are shaped like {@code param}. */
    static void run(INDArray param, INDArray grad, INDArray[] slots, FloatRule f, DoubleRule d) {
        DataType type = param.dataType();
        if (type != DataType.FLOAT && type != DataType.DOUBLE) {
            throw new IllegalArgumentException("optimiser: parameter type " + type + " is not FLOAT or DOUBLE");
        }
        INDArray p = workable(param, type);
        INDArray g = workable(grad, type);
        INDArray[] sw = new INDArray[slots.length];
        NativeArrays[] sb = new NativeArrays[slots.length];
        for (int k = 0; k < slots.length; k++) {
            sw[k] = workable(slots[k], type);
            sb[k] = NativeArrays.of(sw[k]);
        }
        NativeArrays pb = NativeArrays.of(p);
        NativeArrays gb = NativeArrays.of(g);
        int len = (int) p.length();
        int parts = len < PARALLEL_MIN ? 1 : Math.min(ForkJoinPool.getCommonPoolParallelism() + 1, len / CHUNK);
        if (parts <= 1) {
            range(pb, gb, sb, 0, len, type, f, d);
        } else {
            ParallelTasks.forEach(parts, k -> {
                int from = (int) ((long) len * k / parts);
                int to = (int) ((long) len * (k + 1) / parts);
                range(pb, gb, sb, from, to, type, f, d);
            });
        }
        writeBack(p, param);
        for (int k = 0; k < slots.length; k++) {
            writeBack(sw[k], slots[k]);
        }
    }

    private static void range(NativeArrays pb, NativeArrays gb, NativeArrays[] sb, int from, int to, DataType type,
                              FloatRule f, DoubleRule d) {
        if (type == DataType.FLOAT) {
            floats(pb, gb, sb, from, to, f);
        } else {
            doubles(pb, gb, sb, from, to, d);
        }
    }

    private static void floats(NativeArrays pb, NativeArrays gb, NativeArrays[] sb, int from, int to, FloatRule rule) {
        int c = Math.max(1, Math.min(CHUNK, to - from));
        float[] p = new float[c];
        float[] g = new float[c];
        float[][] s = new float[sb.length][c];
        for (int at = from; at < to; at += c) {
            int n = Math.min(c, to - at);
            pb.get(at, p, 0, n);
            gb.get(at, g, 0, n);
            for (int k = 0; k < sb.length; k++) {
                sb[k].get(at, s[k], 0, n);
            }
            rule.apply(p, g, s, n);
            pb.put(at, p, 0, n);
            for (int k = 0; k < sb.length; k++) {
                sb[k].put(at, s[k], 0, n);
            }
        }
    }

    private static void doubles(NativeArrays pb, NativeArrays gb, NativeArrays[] sb, int from, int to,
                                DoubleRule rule) {
        int c = Math.max(1, Math.min(CHUNK, to - from));
        double[] p = new double[c];
        double[] g = new double[c];
        double[][] s = new double[sb.length][c];
        for (int at = from; at < to; at += c) {
            int n = Math.min(c, to - at);
            pb.get(at, p, 0, n);
            gb.get(at, g, 0, n);
            for (int k = 0; k < sb.length; k++) {
                sb[k].get(at, s[k], 0, n);
            }
            rule.apply(p, g, s, n);
            pb.put(at, p, 0, n);
            for (int k = 0; k < sb.length; k++) {
                sb[k].put(at, s[k], 0, n);
            }
        }
    }

    /** {@code a} itself when it is dense and of {@code type}, else a dense copy. */
    private static INDArray workable(INDArray a, DataType type) {
        return dense(a) && a.dataType() == type ? a : a.castTo(type).dup('c');
    }

    private static void writeBack(INDArray work, INDArray target) {
        if (work != target) {
            target.assign(work);
        }
    }

    /** Row-major dense from offset 0, fitting in an int index. */
    static boolean dense(INDArray a) {
        return a.offset() == 0 && a.length() <= Integer.MAX_VALUE && a.data().length() >= a.length()
                && (a.length() <= 1 || a.ordering() == 'c' && Shape.hasDefaultStridesForShape(a));
    }
}
