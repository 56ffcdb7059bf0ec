package org.snn4j.autograd.ops.sparse;

import java.lang.ref.SoftReference;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * Reusable large heap work arrays ({@code float[]} or {@code double[]}) of the event kernels.
 *
 * <p>A training step needs a few arrays of several MB (the transposed weight, a heap copy of the
 * upstream gradient) only for the duration of one forward or backward call. Allocating them afresh
 * costs zeroing and, for the JVM's large-object regions, page faults on every step; borrowing them
 * from here does not. Arrays are handed out by exact type and length, never to two callers at once,
 * and held through soft references, so the collector may drop them under memory pressure. A
 * borrowed array's contents are undefined. Callers return arrays in a {@code finally} block and
 * must not keep references to them (nor capture them in a backward rule).
 */
final class ScratchPool {
    private static final Map<Key, ConcurrentLinkedDeque<SoftReference<Object>>> FREE = new ConcurrentHashMap<>();

    private record Key(boolean isFloat, int length) {
    }

    private ScratchPool() {
    }

    /** A {@code float[n]}, contents undefined. */
    static float[] floats(int n) {
        Object a = poll(new Key(true, n));
        return a != null ? (float[]) a : new float[n];
    }

    /** A {@code double[n]}, contents undefined. */
    static double[] doubles(int n) {
        Object a = poll(new Key(false, n));
        return a != null ? (double[]) a : new double[n];
    }

    /** Returns a {@code float[]} or {@code double[]} to the pool; the caller must not use it afterwards. */
    static void give(Object a) {
        Key k = a instanceof float[] f ? new Key(true, f.length) : new Key(false, ((double[]) a).length);
        FREE.computeIfAbsent(k, x -> new ConcurrentLinkedDeque<>()).addFirst(new SoftReference<>(a));
    }

    private static Object poll(Key k) {
        ConcurrentLinkedDeque<SoftReference<Object>> q = FREE.get(k);
        if (q != null) {
            for (SoftReference<Object> ref = q.pollFirst(); ref != null; ref = q.pollFirst()) {
                Object a = ref.get();
                if (a != null) {
                    return a;
                }
            }
        }
        return null;
    }
}
