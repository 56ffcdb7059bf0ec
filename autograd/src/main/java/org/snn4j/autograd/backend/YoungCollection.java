package org.snn4j.autograd.backend;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Set;

/**
 * Makes the JVM run a young (minor) collection now, where the collector has a young generation.
 *
 * <p>HotSpot offers no call for a young collection ({@code System.gc()} collects the whole heap). A
 * young collection runs when the young generation's eden is full, so this class fills what is left
 * of it with short-lived 1 MiB arrays until the young collector's count moves. That costs the
 * zeroing of the eden's free part (at most its size, 24 MiB under the launcher's {@code -Xmn48m
 * -XX:SurvivorRatio=2}: a few milliseconds; with more than {@link #MAX_FILL} free it does nothing) plus the collection itself, which copies only the live
 * young objects; a full collection of the serial collector also marks and compacts the whole old
 * generation (10–40 ms for the heaps of a training run). Used by {@link NativeMemoryPressure}, whose
 * dead arrays mostly die young.
 */
final class YoungCollection {
    /** The eden of the running collector, or null (no generational heap: ZGC, Shenandoah, Epsilon). */
    private static final MemoryPoolMXBean EDEN = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP && p.getName().contains("Eden")).findFirst().orElse(null);
    /** The young collector: the serial collector's "Copy", the parallel one's "PS Scavenge", G1's "G1 Young Generation". */
    private static final GarbageCollectorMXBean YOUNG = EDEN == null ? null
            : ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .filter(c -> Set.of("Copy", "PS Scavenge", "G1 Young Generation").contains(c.getName()))
                    .findFirst().orElse(null);
    private static final int CHUNK = 1 << 20;
    /** Above this much free eden, filling it would cost more than it saves: no young collection. */
    static final long MAX_FILL = 64L << 20;
    /** Where the filler arrays go, so that the compiler cannot leave them out. */
    @SuppressWarnings("unused")
    private static volatile byte[] sink;

    private YoungCollection() {
    }

    /** How many young collections the JVM has run so far, for whatever reason; −1 without a generational collector. */
    static long count() {
        return YOUNG == null ? -1 : YOUNG.getCollectionCount();
    }

    /** Whether {@link #run} can work under this JVM's collector. */
    static boolean available() {
        return YOUNG != null;
    }

    /**
     * Runs a young collection; returns false when none ran: no generational collector, or more than
     * {@link #MAX_FILL} bytes of eden free (a large G1 eden of a library user's JVM).
     */
    static boolean run() {
        return run(MAX_FILL);
    }

    /** {@link #run()} with another limit on the free eden it fills. */
    static boolean run(long maxFill) {
        if (YOUNG == null) {
            return false;
        }
        MemoryUsage eden = EDEN.getUsage();
        if (eden.getCommitted() - eden.getUsed() > maxFill) {
            return false;
        }
        long before = YOUNG.getCollectionCount();
        long max = eden.getCommitted() / CHUNK + 2;
        for (long i = 0; i < max && YOUNG.getCollectionCount() == before; i++) {
            sink = new byte[CHUNK];
        }
        sink = null;
        return YOUNG.getCollectionCount() != before;
    }
}
