package org.snn4j.autograd.backend;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;

/**
 * Makes the JVM run a young (minor) collection now, where the collector has a young generation.
 *
 * <p>HotSpot offers no call for a young collection ({@code System.gc()} collects the whole heap). A
 * young collection runs when the young generation's eden is full, so this class fills what is left
 * of it with short-lived 1 MiB arrays until the young collector's count moves. That costs the
 * zeroing of the eden's free part (at most its size, 48 MiB under the launcher's {@code -Xmn96m
 * -XX:SurvivorRatio=2}: a few milliseconds) plus the collection itself, which copies only the live
 * young objects; a full collection of the serial collector also marks and compacts the whole old
 * generation (10–40 ms for the heaps of a training run). Used by {@link NativeMemoryPressure}, whose
 * dead arrays mostly die young.
 */
final class YoungCollection {
    /** The eden of the running collector, or null (no generational heap: ZGC, Shenandoah, Epsilon). */
    private static final MemoryPoolMXBean EDEN = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP && p.getName().contains("Eden")).findFirst().orElse(null);
    /** The collector that manages the eden and not the old generation (Serial "Copy", "PS Scavenge", "G1 Young Generation"). */
    private static final GarbageCollectorMXBean YOUNG = EDEN == null ? null
            : ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .filter(c -> Arrays.asList(c.getMemoryPoolNames()).contains(EDEN.getName())
                            && Arrays.stream(c.getMemoryPoolNames()).noneMatch(n -> n.contains("Old") || n.contains("Tenured")))
                    .findFirst().orElse(null);
    private static final int CHUNK = 1 << 20;
    /** Where the filler arrays go, so that the compiler cannot leave them out. */
    @SuppressWarnings("unused")
    private static volatile byte[] sink;

    private YoungCollection() {
    }

    /** Whether {@link #run} can work under this JVM's collector. */
    static boolean available() {
        return YOUNG != null;
    }

    /** Runs a young collection; returns false when none ran (no generational collector). */
    static boolean run() {
        if (YOUNG == null) {
            return false;
        }
        long before = YOUNG.getCollectionCount();
        long max = EDEN.getUsage().getCommitted() / CHUNK + 2;
        for (long i = 0; i < max && YOUNG.getCollectionCount() == before; i++) {
            sink = new byte[CHUNK];
        }
        sink = null;
        return YOUNG.getCollectionCount() != before;
    }
}
