package org.snn4j.autograd.optim;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.shape.Shape;
import org.snn4j.autograd.backend.NativeArrays;

/**
 * One pass over a parameter, its gradient and two moment slots, element by element, in place: the
 * loop the moment optimisers ({@link Adam}, {@link AdamW}, {@link Nadam}) run instead of a dozen
 * whole-array ND4J operations (each a full read and write of the parameter, plus temporaries).
 *
 * <p>The arrays are moved through small heap chunks by bulk NIO copies; a rule sees chunks of
 * {@code p, g, m, v} and updates {@code p, m, v}. Float32 arrays run the float rule (same roundings
 * as the ND4J ops it replaces: each intermediate result is a {@code float}), float64 arrays the
 * double rule. A parameter that is not a dense 'c' array from offset 0 is updated through a copy.
 */
final class FusedUpdate {
    /** Elements per chunk: four chunks of 16 KiB stay in L1/L2. */
    static final int CHUNK = 4096;

    /** The float32 element rule over {@code [0, n)} of the chunk arrays. */
    @FunctionalInterface
    interface FloatRule {
        void apply(float[] p, float[] g, float[] m, float[] v, int n);
    }

    /** The float64 element rule over {@code [0, n)} of the chunk arrays. */
    @FunctionalInterface
    interface DoubleRule {
        void apply(double[] p, double[] g, double[] m, double[] v, int n);
    }

    private FusedUpdate() {
    }

    /** Runs the rule of {@code param}'s type over all elements; {@code m}, {@code v} are dense slots. */
    static void run(INDArray param, INDArray grad, INDArray m, INDArray v, FloatRule f, DoubleRule d) {
        DataType type = param.dataType();
        if (type != DataType.FLOAT && type != DataType.DOUBLE) {
            throw new IllegalArgumentException("optimiser: parameter type " + type + " is not FLOAT or DOUBLE");
        }
        INDArray p = workable(param, type);
        INDArray g = workable(grad, type);
        INDArray mw = workable(m, type);
        INDArray vw = workable(v, type);
        if (type == DataType.FLOAT) {
            floats(p, g, mw, vw, f);
        } else {
            doubles(p, g, mw, vw, d);
        }
        writeBack(p, param);
        writeBack(mw, m);
        writeBack(vw, v);
    }

    private static void floats(INDArray pa, INDArray ga, INDArray ma, INDArray va, FloatRule rule) {
        NativeArrays pb = NativeArrays.of(pa);
        NativeArrays gb = NativeArrays.of(ga);
        NativeArrays mb = NativeArrays.of(ma);
        NativeArrays vb = NativeArrays.of(va);
        int len = (int) pa.length();
        int c = Math.min(CHUNK, len);
        float[] p = new float[c];
        float[] g = new float[c];
        float[] m = new float[c];
        float[] v = new float[c];
        for (int at = 0; at < len; at += c) {
            int n = Math.min(c, len - at);
            pb.get(at, p, 0, n);
            gb.get(at, g, 0, n);
            mb.get(at, m, 0, n);
            vb.get(at, v, 0, n);
            rule.apply(p, g, m, v, n);
            pb.put(at, p, 0, n);
            mb.put(at, m, 0, n);
            vb.put(at, v, 0, n);
        }
    }

    private static void doubles(INDArray pa, INDArray ga, INDArray ma, INDArray va, DoubleRule rule) {
        NativeArrays pb = NativeArrays.of(pa);
        NativeArrays gb = NativeArrays.of(ga);
        NativeArrays mb = NativeArrays.of(ma);
        NativeArrays vb = NativeArrays.of(va);
        int len = (int) pa.length();
        int c = Math.min(CHUNK, len);
        double[] p = new double[c];
        double[] g = new double[c];
        double[] m = new double[c];
        double[] v = new double[c];
        for (int at = 0; at < len; at += c) {
            int n = Math.min(c, len - at);
            pb.get(at, p, 0, n);
            gb.get(at, g, 0, n);
            mb.get(at, m, 0, n);
            vb.get(at, v, 0, n);
            rule.apply(p, g, m, v, n);
            pb.put(at, p, 0, n);
            mb.put(at, m, 0, n);
            vb.put(at, v, 0, n);
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
