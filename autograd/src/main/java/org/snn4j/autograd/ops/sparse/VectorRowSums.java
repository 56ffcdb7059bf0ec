package org.snn4j.autograd.ops.sparse;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The float32 loop of {@link RowSums} on the JDK's vector API ({@code jdk.incubator.vector}),
 * loaded only when the JVM runs with {@code --add-modules jdk.incubator.vector}
 * ({@link RowSums#VECTOR}). JDK 17's auto-vectoriser leaves {@code dst[d + o] += src[s + o]} scalar
 * whenever the two offsets differ.
 *
 * <p>Register blocking (binary events): the destination segment is cut into chunks of 8, 4 or 1 vectors (then a
 * scalar tail); each chunk is loaded into that many vector registers once, every event's source
 * segment is added to them, and they are stored once. So an event costs one load and one add per
 * vector and the destination is never re-read, which keeps the loop at the cache's load rate
 * instead of a load–add–store round trip per event. Every element is still summed in event order,
 * {@code ((dst + v₀s₀) + v₁s₁) + …} (multiply, then add; no FMA), so the result is bit-identical to
 * the scalar loop and independent of the chunking.
 *
 * <p>What bounds it (2-core AMD EPYC Zen 4 VM, 1 MB L2 per core, no hardware counters visible to
 * {@code perf}, so by experiment; one thread): the JIT's inner loop is clean, per event one index
 * load, an {@code imul}, two bounds compares and 8 (4, 1) {@code vaddps zmm, [mem]}, no spills. What
 * matters most is where the source rows lie relative to 64-byte cache lines: at the LIF-MLP fc1 shape
 * (3,200 rows, 784 inputs at 13 %, 128-float row segments from a 401 KB slice in L2) the loop over
 * all rows took 1.61 ms when every segment started on a line, 1.87–1.89 ms when 32 bytes off and
 * 2.35–2.43 ms otherwise (26 against 17–18 G adds/s), because a 512-bit load that crosses a line
 * costs two. A heap array's elements lie wherever the collector put the array, so before the
 * callers placed their copies on a line ({@code CacheLines}) the same code ran in one of two speeds
 * for the life of a JVM (the fc1 forward call at 16.5–17.8 or 21–23 ms CPU time, one copy of the jar
 * fast and three slow in one JVM), which was long taken for a property of the compiled code. Also
 * measured, before the alignment: 256-bit vectors 20–45 % slower than 512-bit, 16 accumulators (256
 * columns) no faster than 8, transparent huge pages inconclusive; the start of each call no longer
 * waits for a load of the destination ({@link RowSums}' start-segment form). Only same-JVM A/B
 * comparisons of several JVMs count.
 */
/*
 * Valued events (val != null) never take gather8: its valued loop inlines 24 vector-API call chains
 * per event, at the edge of C2's inlining budget. Depending on what else the JIT had inlined into the
 * same compilation (which depends on the profile at that moment), the last one was sometimes left as
 * a call, and that call boxes a Float512Vector per event: in about half of the JVMs the conv N-MNIST
 * step then ran 1,150 instead of 250 young collections in 30 steps and took 160-220 instead of
 * 105-130 ms (JFR: every Float512Vector allocation sample at the a7 line of the valued loop).
 * With valued events on gather4: 8 of 8 JVMs fast (236-298 young collections, 110-149 ms).
 * On 256-bit vectors (AVX2) that valued gather4 loop did the same in some JVMs (session 14: the conv
 * step at 220-300 instead of 105-125 ms in 1 of 4 JVMs at the exact neuron state, 1 to 3 of 3 at
 * the compact one; JFR: Float256Vector and float[] allocations at the a3 line; -XX:+PrintIntrinsics:
 * "missing constant" and failed vector stores in the compilation that held it). A valued event now
 * carries no vector to the next one: the destination accumulates in memory (valued below), and the
 * register-blocked loops take binary events only.
 */
final class VectorRowSums {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    /** Floats per vector register. */
    static final int L = S.length();

    private VectorRowSums() {
    }

    /** {@link RowSums#gather} for {@code float} arrays, in place ({@code dst} is also the start). */
    static void gather(int[] idx, double[] val, int from, int to, float[] src, int base, int stride, float[] dst,
                       int d, int w) {
        gather(idx, val, from, to, src, base, stride, dst, d, dst, d, w);
    }

    /** {@link RowSums#gather} for {@code float} arrays, starting from {@code init[e …]} instead of {@code dst[d …]}. */
    static void gather(int[] idx, double[] val, int from, int to, float[] src, int base, int stride, float[] init,
                       int e, float[] dst, int d, int w) {
        if (val != null) {
            valued(idx, val, from, to, src, base, stride, init, e, dst, d, w);
            return;
        }
        int o = 0;
        for (; o + 8 * L <= w; o += 8 * L) {
            gather8(idx, from, to, src, base + o, stride, init, e + o, dst, d + o);
        }
        for (; o + 4 * L <= w; o += 4 * L) {
            gather4(idx, from, to, src, base + o, stride, init, e + o, dst, d + o);
        }
        for (; o + L <= w; o += L) {
            gather1(idx, from, to, src, base + o, stride, init, e + o, dst, d + o);
        }
        if (o < w) {
            if (init != dst || e != d) {
                System.arraycopy(init, e + o, dst, d + o, w - o);
            }
            RowSums.gatherScalar(idx, val, from, to, src, base + o, stride, dst, d + o, w - o);
        }
    }

    /** {@link RowSums#scaled} for the whole vectors of {@code len}; returns how many values it wrote. */
    static int scaled(float[] src, int s, float v, float[] dst, int d, int len) {
        FloatVector f = FloatVector.broadcast(S, v);
        int k = 0;
        for (int end = S.loopBound(len); k < end; k += L) {
            FloatVector.fromArray(S, src, s + k).mul(f).intoArray(dst, d + k);
        }
        return k;
    }

    /** Binary events only (see the note above the class). */
    private static void gather8(int[] idx, int from, int to, float[] src, int base, int stride, float[] init,
                                int e, float[] dst, int d) {
        FloatVector a0 = FloatVector.fromArray(S, init, e);
        FloatVector a1 = FloatVector.fromArray(S, init, e + L);
        FloatVector a2 = FloatVector.fromArray(S, init, e + 2 * L);
        FloatVector a3 = FloatVector.fromArray(S, init, e + 3 * L);
        FloatVector a4 = FloatVector.fromArray(S, init, e + 4 * L);
        FloatVector a5 = FloatVector.fromArray(S, init, e + 5 * L);
        FloatVector a6 = FloatVector.fromArray(S, init, e + 6 * L);
        FloatVector a7 = FloatVector.fromArray(S, init, e + 7 * L);
        for (int i = from; i < to; i++) {
            int s = base + idx[i] * stride;
            a0 = a0.add(FloatVector.fromArray(S, src, s));
            a1 = a1.add(FloatVector.fromArray(S, src, s + L));
            a2 = a2.add(FloatVector.fromArray(S, src, s + 2 * L));
            a3 = a3.add(FloatVector.fromArray(S, src, s + 3 * L));
            a4 = a4.add(FloatVector.fromArray(S, src, s + 4 * L));
            a5 = a5.add(FloatVector.fromArray(S, src, s + 5 * L));
            a6 = a6.add(FloatVector.fromArray(S, src, s + 6 * L));
            a7 = a7.add(FloatVector.fromArray(S, src, s + 7 * L));
        }
        a0.intoArray(dst, d);
        a1.intoArray(dst, d + L);
        a2.intoArray(dst, d + 2 * L);
        a3.intoArray(dst, d + 3 * L);
        a4.intoArray(dst, d + 4 * L);
        a5.intoArray(dst, d + 5 * L);
        a6.intoArray(dst, d + 6 * L);
        a7.intoArray(dst, d + 7 * L);
    }

    /** Binary events, four vectors of accumulators. */
    private static void gather4(int[] idx, int from, int to, float[] src, int base, int stride, float[] init, int e,
                                float[] dst, int d) {
        FloatVector a0 = FloatVector.fromArray(S, init, e);
        FloatVector a1 = FloatVector.fromArray(S, init, e + L);
        FloatVector a2 = FloatVector.fromArray(S, init, e + 2 * L);
        FloatVector a3 = FloatVector.fromArray(S, init, e + 3 * L);
        for (int i = from; i < to; i++) {
            int s = base + idx[i] * stride;
            a0 = a0.add(FloatVector.fromArray(S, src, s));
            a1 = a1.add(FloatVector.fromArray(S, src, s + L));
            a2 = a2.add(FloatVector.fromArray(S, src, s + 2 * L));
            a3 = a3.add(FloatVector.fromArray(S, src, s + 3 * L));
        }
        a0.intoArray(dst, d);
        a1.intoArray(dst, d + L);
        a2.intoArray(dst, d + 2 * L);
        a3.intoArray(dst, d + 3 * L);
    }

    /** Binary events, one vector of accumulators. */
    private static void gather1(int[] idx, int from, int to, float[] src, int base, int stride, float[] init, int e,
                                float[] dst, int d) {
        FloatVector a0 = FloatVector.fromArray(S, init, e);
        for (int i = from; i < to; i++) {
            a0 = a0.add(FloatVector.fromArray(S, src, base + idx[i] * stride));
        }
        a0.intoArray(dst, d);
    }

    /**
     * Valued events: the destination segment accumulates in memory, two events per pass over it
     * (an L1-resident load and store per vector and pair), and no vector is carried from one event
     * to the next (see the note above the class). Same order of additions as the scalar loop.
     */
    private static void valued(int[] idx, double[] val, int from, int to, float[] src, int base, int stride,
                               float[] init, int e, float[] dst, int d, int w) {
        if (init != dst || e != d) {
            System.arraycopy(init, e, dst, d, w);
        }
        int full = w - w % L;
        int i = from;
        for (; i + 1 < to; i += 2) {
            int s0 = base + idx[i] * stride;
            int s1 = base + idx[i + 1] * stride;
            FloatVector v0 = FloatVector.broadcast(S, (float) val[i]);
            FloatVector v1 = FloatVector.broadcast(S, (float) val[i + 1]);
            for (int o = 0; o < full; o += L) {
                FloatVector.fromArray(S, dst, d + o).add(FloatVector.fromArray(S, src, s0 + o).mul(v0))
                        .add(FloatVector.fromArray(S, src, s1 + o).mul(v1)).intoArray(dst, d + o);
            }
        }
        if (i < to) {
            int s0 = base + idx[i] * stride;
            FloatVector v0 = FloatVector.broadcast(S, (float) val[i]);
            for (int o = 0; o < full; o += L) {
                FloatVector.fromArray(S, dst, d + o).add(FloatVector.fromArray(S, src, s0 + o).mul(v0))
                        .intoArray(dst, d + o);
            }
        }
        if (full < w) {
            RowSums.gatherScalar(idx, val, from, to, src, base + full, stride, dst, d + full, w - full);
        }
    }
}
