package org.snn4j.datasets.cache;

import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.random.RandomGenerator;
import org.snn4j.datasets.loader.ForwardingSource;
import org.snn4j.datasets.loader.SampleSource;

/**
 * A deterministic source's samples kept in the heap after their first read, up to a
 * {@link MemoryBudget}: the framed, pre-augmentation samples of a small split are computed once
 * and every later pass reads them from memory instead of re-reading and re-framing the files.
 *
 * <p>Each sample is stored in its smallest form: the flat indices of its non-zeros when they are
 * all 1 (spike tensors), indices and values when under half the entries are non-zero (event-count
 * frames), else the dense floats. A sample whose bytes no longer fit the budget is not stored and
 * is read from the base on every pass, so the cache never holds more than its budget whatever the
 * number of samples. The base is always filled with a null generator: it must not be random (put
 * augmentation after the cache, {@link org.snn4j.datasets.loader.AugmentedSource}). Safe for
 * concurrent fills.
 */
public final class MemoryCachedSource extends ForwardingSource {
    private static final long OBJECT_BYTES = 48;

    private final MemoryBudget budget;
    private final AtomicReferenceArray<Packed> packed;

    /** A sample in compact form: {@code values == null} means all ones at {@code indices}; {@code dense} otherwise wins. */
    private record Packed(int[] indices, float[] values, float[] dense) {
        void expand(float[] dest, int length) {
            if (dense != null) {
                System.arraycopy(dense, 0, dest, 0, length);
                return;
            }
            Arrays.fill(dest, 0, length, 0f);
            for (int k = 0; k < indices.length; k++) {
                dest[indices[k]] = values == null ? 1f : values[k];
            }
        }

        long bytes() {
            return OBJECT_BYTES + 4L * ((indices == null ? 0 : indices.length) + (values == null ? 0 : values.length)
                    + (dense == null ? 0 : dense.length));
        }
    }

    /** Caches {@code base}'s samples within {@code budget}. */
    public MemoryCachedSource(SampleSource base, MemoryBudget budget) {
        super(base);
        if (budget == null) {
            throw new IllegalArgumentException("budget must not be null");
        }
        this.budget = budget;
        this.packed = new AtomicReferenceArray<>(base.size());
    }

    /** Number of samples held in memory. */
    public int cachedCount() {
        int n = 0;
        for (int i = 0; i < packed.length(); i++) {
            n += packed.get(i) == null ? 0 : 1;
        }
        return n;
    }

    @Override
    public void fill(int index, float[] dest, RandomGenerator rng) throws IOException {
        int length = sampleLength();
        Packed p = packed.get(index);
        if (p != null) {
            p.expand(dest, length);
            return;
        }
        base.fill(index, dest, null);
        Packed q = pack(dest, length);
        if (budget.tryReserve(q.bytes()) && !packed.compareAndSet(index, null, q)) {
            budget.release(q.bytes()); // another thread stored it first
        }
    }

    private static Packed pack(float[] data, int length) {
        int nonZero = 0;
        boolean binary = true;
        for (int k = 0; k < length; k++) {
            if (data[k] != 0f) {
                nonZero++;
                binary &= data[k] == 1f;
            }
        }
        if (!binary && 2L * nonZero >= length) {
            return new Packed(null, null, Arrays.copyOf(data, length));
        }
        int[] indices = new int[nonZero];
        float[] values = binary ? null : new float[nonZero];
        for (int k = 0, j = 0; k < length; k++) {
            if (data[k] != 0f) {
                indices[j] = k;
                if (values != null) {
                    values[j] = data[k];
                }
                j++;
            }
        }
        return new Packed(indices, values, null);
    }
}
