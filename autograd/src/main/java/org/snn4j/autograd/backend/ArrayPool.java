package org.snn4j.autograd.backend;

import java.lang.ref.SoftReference;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Reusable large heap arrays ({@code float[]}, {@code double[]}, {@code int[]}, {@code long[]})
 * that kernels need for longer than one block: the work arrays of one forward or backward call of
 * the event kernels, and what a fused neuron node keeps for its backward pass.
 *
 * <p>Why: a training step allocates such arrays afresh each time (several MB each), which costs
 * zeroing and, more, garbage-collector work: an array that is alive while a young collection runs
 * is copied, and once the survivor space overflows it is promoted together with the small wrappers
 * of the native arrays of the same step, whose memory then waits for a full collection. Arrays
 * taken from here and given back are reused instead; after their first promotion they stay in the
 * old generation, which young collections do not copy.
 *
 * <p>Arrays are handed out by exact type and length, never to two callers at once, with undefined
 * contents, and held through soft references, so the collector may drop them under memory pressure.
 * A caller gives an array back once nothing reads it any more (a work array in a {@code finally}
 * block; kept state when the graph releases the rule that kept it) and must not use it afterwards.
 *
 * <p>One lock guards the free lists (plain {@code HashMap} and {@code ArrayDeque}): a handful of
 * threads take and give a few arrays per call, so the lock is uncontended, and the JIT inlines far
 * less code than for the lock-free {@code ConcurrentHashMap} and {@code ConcurrentLinkedDeque} used
 * before. Parallel kernels hand their tasks' work arrays out through {@link TaskArrays} rather than
 * take them here inside each task (why: its javadoc).
 */
public final class ArrayPool {
    /** Guarded by itself. */
    private static final Map<Key, ArrayDeque<SoftReference<Object>>> FREE = new HashMap<>();

    private record Key(Class<?> type, int length) {
    }

    private ArrayPool() {
    }

    /** A {@code float[n]}, contents undefined. */
    public static float[] floats(int n) {
        return take(float[].class, n, float[]::new);
    }

    /** A {@code double[n]}, contents undefined. */
    public static double[] doubles(int n) {
        return take(double[].class, n, double[]::new);
    }

    /** An {@code int[n]}, contents undefined. */
    public static int[] ints(int n) {
        return take(int[].class, n, int[]::new);
    }

    /** A {@code long[n]}, contents undefined. */
    public static long[] longs(int n) {
        return take(long[].class, n, long[]::new);
    }

    private static <T> T take(Class<T> type, int n, IntFunction<T> make) {
        Object a = poll(new Key(type, n));
        return a != null ? type.cast(a) : make.apply(n);
    }

    /** Returns an array taken from here (or any array of the four types); the caller must not use it afterwards. */
    public static void give(Object array) {
        int n;
        if (array instanceof float[] f) {
            n = f.length;
        } else if (array instanceof double[] d) {
            n = d.length;
        } else if (array instanceof int[] i) {
            n = i.length;
        } else if (array instanceof long[] l) {
            n = l.length;
        } else {
            throw new IllegalArgumentException("ArrayPool holds float[], double[], int[] and long[], not "
                    + array.getClass().getSimpleName());
        }
        SoftReference<Object> ref = new SoftReference<>(array);
        Key k = new Key(array.getClass(), n);
        synchronized (FREE) {
            FREE.computeIfAbsent(k, x -> new ArrayDeque<>()).addFirst(ref);
        }
    }

    private static Object poll(Key k) {
        synchronized (FREE) {
            ArrayDeque<SoftReference<Object>> q = FREE.get(k);
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
}
