package org.snn4j.autograd.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@link ArrayPool}: reuse by exact type and length, and never one array to two holders at once. */
class ArrayPoolTest {

    @Test
    void aGivenArrayComesBackForTheSameTypeAndLengthOnly() {
        float[] f = ArrayPool.floats(12_345);
        assertEquals(12_345, f.length);
        ArrayPool.give(f);
        double[] d = ArrayPool.doubles(12_345);
        assertEquals(12_345, d.length);
        float[] other = ArrayPool.floats(12_346);
        assertNotSame(f, other);
        assertSame(f, ArrayPool.floats(12_345));
        assertNotSame(f, ArrayPool.floats(12_345));
        int[] s = ArrayPool.ints(7);
        ArrayPool.give(s);
        assertSame(s, ArrayPool.ints(7));
        long[] l = ArrayPool.longs(9);
        ArrayPool.give(l);
        assertSame(l, ArrayPool.longs(9));
    }

    @Test
    void otherTypesAreRefusedWithTheirName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ArrayPool.give(new short[3]));
        assertTrue(e.getMessage().contains("short[]"), e.getMessage());
    }

    @Test
    void concurrentTakersNeverShareAnArray() {
        int n = 54_321;
        Set<float[]> held = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
        AtomicInteger clashes = new AtomicInteger();
        IntStream.range(0, 4_000).parallel().forEach(i -> {
            float[] a = ArrayPool.floats(n);
            if (!held.add(a)) {
                clashes.incrementAndGet();
            }
            a[i % n] = i;
            held.remove(a);
            ArrayPool.give(a);
        });
        assertEquals(0, clashes.get());
    }
}
