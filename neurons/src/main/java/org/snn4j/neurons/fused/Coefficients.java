package org.snn4j.neurons.fused;

/**
 * The per-neuron constants of one block of neurons {@code [n0, n0 + len)}, each indexed from 0 so
 * that every array in a {@link Lanes} pass shares the loop index.
 *
 * @param a     decay of the charge step {@code h = a·v + b·x + c}
 * @param b     input gain
 * @param c     bias
 * @param theta the (base) threshold θ
 * @param <A>   {@code float[]} or {@code double[]}
 */
record Coefficients<A>(A a, A b, A c, A theta) {

    /** Neurons {@code [n0, n0 + len)} of per-neuron arrays {@code a, b, c, θ}, in block scratch arrays ({@link Lanes#scratch}). */
    static <A> Coefficients<A> slice(Lanes<A> lanes, Coefficients<A> all, int n0, int len) {
        return slice(lanes, all, n0, len, true);
    }

    /** {@link #slice} in new arrays, for a caller that keeps them past the block. */
    static <A> Coefficients<A> kept(Lanes<A> lanes, Coefficients<A> all, int n0, int len) {
        return slice(lanes, all, n0, len, false);
    }

    private static <A> Coefficients<A> slice(Lanes<A> lanes, Coefficients<A> all, int n0, int len, boolean scratch) {
        if (!scratch) {
            return new Coefficients<>(copy(lanes, all.a, n0, len), copy(lanes, all.b, n0, len),
                    copy(lanes, all.c, n0, len), copy(lanes, all.theta, n0, len));
        }
        A[] d = lanes.scratch(len, 4);
        System.arraycopy(all.a, n0, d[0], 0, len);
        System.arraycopy(all.b, n0, d[1], 0, len);
        System.arraycopy(all.c, n0, d[2], 0, len);
        System.arraycopy(all.theta, n0, d[3], 0, len);
        return new Coefficients<>(d[0], d[1], d[2], d[3]);
    }

    /** The per-neuron coefficients of a charge law and per-channel threshold over {@code layout}. */
    static <A> Coefficients<A> perNeuron(Lanes<A> lanes, SequenceLayout layout, double[] decay, double[] inputGain,
                                         double[] bias, double[] theta) {
        return new Coefficients<>(lanes.of(layout.perNeuron(decay, "decay")),
                lanes.of(layout.perNeuron(inputGain, "input gain")), lanes.of(layout.perNeuron(bias, "bias")),
                lanes.of(layout.perNeuron(theta, "threshold")));
    }

    private static <A> A copy(Lanes<A> lanes, A src, int from, int len) {
        A dst = lanes.alloc(len);
        System.arraycopy(src, from, dst, 0, len);
        return dst;
    }
}
