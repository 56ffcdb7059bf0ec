package org.snn4j.autograd.backend;

import java.util.concurrent.atomic.AtomicLong;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Releases the native buffers of dead arrays by asking for a collection after every
 * {@link #thresholdBytes()} bytes of op outputs and gradients.
 *
 * <p>Why this exists: nd4j-native allocates an array's data off the Java heap and frees it only
 * when the small Java object that owns it is collected. Neither JavaCPP's {@code maxbytes} (those
 * buffers are not JavaCPP pointers) nor ND4J's periodic-GC setting (not consulted on the CPU
 * backend) triggers that collection, and a training step makes almost no heap garbage, so the JVM
 * rarely collects. Measured on the {@code mnist-ann-cnn} model, batch 64, Adam: resident memory
 * grew by ~35 MB per step (21 GB after 600 steps); with a collection every step it stayed at
 * 300 MB. The engine reports every array it records ({@code Graph.record} outputs and the
 * gradients of the reverse walk) here, so the resident set stays near the budget whatever the
 * model, for CLI runs and for library users alike.
 *
 * <p>The budget is {@value #DEFAULT_THRESHOLD_BYTES} bytes by default; set it with the system
 * property {@code snn4j.gcAfterBytes} (0 turns the mechanism off) or {@link #setThresholdBytes}.
 */
public final class NativeMemoryPressure {
    /** Default budget between collections: 1 GiB. */
    public static final long DEFAULT_THRESHOLD_BYTES = 1L << 30;

    private static final AtomicLong SINCE_COLLECTION = new AtomicLong();
    private static final AtomicLong COLLECTIONS = new AtomicLong();
    private static volatile long threshold = Long.getLong("snn4j.gcAfterBytes", DEFAULT_THRESHOLD_BYTES);

    private NativeMemoryPressure() {
    }

    /** Accounts for a newly produced array (null is ignored). */
    public static void produced(INDArray array) {
        if (array != null && threshold > 0) {
            produced(array.length() * array.dataType().width());
        }
    }

    /** Accounts for {@code bytes} of newly allocated native memory. */
    public static void produced(long bytes) {
        long limit = threshold;
        if (limit > 0 && SINCE_COLLECTION.addAndGet(bytes) >= limit) {
            SINCE_COLLECTION.set(0);
            COLLECTIONS.incrementAndGet();
            System.gc();
        }
    }

    /** The current budget in bytes; 0 means off. */
    public static long thresholdBytes() {
        return threshold;
    }

    /** Sets the budget in bytes; 0 turns the forced collections off. */
    public static void setThresholdBytes(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("snn4j.gcAfterBytes must be >= 0, got " + bytes);
        }
        threshold = bytes;
    }

    /** How many collections this mechanism has requested since the JVM started. */
    public static long collections() {
        return COLLECTIONS.get();
    }
}
