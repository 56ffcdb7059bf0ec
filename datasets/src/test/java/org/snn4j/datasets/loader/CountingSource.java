package org.snn4j.datasets.loader;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * A fake source whose sample i is {@code value(i, flat) = i * 1000 + flat} over shape
 * [T, C, H, W]; label = i; indices in {@code bad} throw. Records the worker's allocated bytes.
 */
final class CountingSource implements SampleSource {
    final int count;
    final int[] shape;
    final Set<Integer> bad;
    final boolean timeMajor;
    private static final com.sun.management.ThreadMXBean MX =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    volatile long lastAllocatedBytes;

    CountingSource(int count, Set<Integer> bad, boolean timeMajor, int... shape) {
        this.count = count;
        this.shape = shape;
        this.bad = bad;
        this.timeMajor = timeMajor;
    }

    static float value(int index, int flat) {
        return index * 1000f + flat;
    }

    @Override
    public int size() {
        return count;
    }

    @Override
    public int label(int index) {
        return index;
    }

    @Override
    public int[] sampleShape() {
        return shape.clone();
    }

    @Override
    public boolean timeMajor() {
        return timeMajor;
    }

    @Override
    public void fill(int index, float[] dest, RandomGenerator rng) throws IOException {
        if (bad.contains(index)) {
            throw new IOException("sample-" + index + ".bin: truncated at byte offset 15");
        }
        for (int i = 0; i < dest.length; i++) {
            dest[i] = value(index, i);
        }
        lastAllocatedBytes = MX.getCurrentThreadAllocatedBytes();
    }

    @Override
    public String id(int index) {
        return "sample-" + index;
    }
}
