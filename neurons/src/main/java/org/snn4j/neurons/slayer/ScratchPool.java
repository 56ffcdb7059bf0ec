package org.snn4j.neurons.slayer;

import java.lang.ref.SoftReference;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * Reusable large {@code double[]} work arrays for the synapse kernels.
 *
 * <p>A training step needs a few arrays of several MB (the transposed weight, the upstream
 * gradient) only for the duration of one forward or backward call. Allocating them afresh costs
 * zeroing and, for the JVM's large-object regions, page faults on every step; borrowing them from
 * here does not. Arrays are handed out by exact length, never shared between two callers at once,
 * and held through soft references, so the collector may drop them under memory pressure. A
 * borrowed array's contents are undefined. Callers return arrays in a {@code finally} block and
 * must not keep references to them (nor capture them in a backward closure).
 */
final class ScratchPool {
    private static final Map<Integer, ConcurrentLinkedDeque<SoftReference<double[]>>> FREE = new ConcurrentHashMap<>();

    private ScratchPool() {
    }

    /** An array of exactly {@code n} elements, contents undefined. */
    static double[] take(int n) {
        ConcurrentLinkedDeque<SoftReference<double[]>> q = FREE.get(n);
        if (q != null) {
            for (SoftReference<double[]> ref = q.pollFirst(); ref != null; ref = q.pollFirst()) {
                double[] a = ref.get();
                if (a != null) {
                    return a;
                }
            }
        }
        return new double[n];
    }

    /** Returns {@code a} to the pool; the caller must not use it afterwards. */
    static void give(double[] a) {
        FREE.computeIfAbsent(a.length, k -> new ConcurrentLinkedDeque<>()).addFirst(new SoftReference<>(a));
    }
}
