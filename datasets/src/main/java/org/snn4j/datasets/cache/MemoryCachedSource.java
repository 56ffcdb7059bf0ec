package org.snn4j.datasets.cache;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.random.RandomGenerator;
import org.snn4j.datasets.loader.ForwardingSource;
import org.snn4j.datasets.loader.SampleSource;

/**
 * A deterministic source's samples kept in the heap after their first read, up to a
 * {@link MemoryBudget}: the framed, pre-augmentation samples of a small split are computed once
 * and every later pass reads them from memory instead of re-reading and re-framing the files.
 *
 * <p>Each sample is stored in its smallest exact form ({@link PackedSample}: the gaps between its
 * non-zeros as variable-length integers, and its values as bytes when they are event counts). A
 * sample whose bytes no longer fit the budget is not stored and is read from the base on every
 * pass, so the cache never holds more than its budget whatever the number of samples; once one
 * sample has not fit, no further sample is packed (samples of a split are about the same size, and
 * packing a sample that will not be kept would cost a pass on every epoch). The base is always
 * filled with a null generator: it must not be random (put augmentation after the cache,
 * {@link org.snn4j.datasets.loader.AugmentedSource}). Safe for concurrent fills.
 */
public final class MemoryCachedSource extends ForwardingSource {
    private final MemoryBudget budget;
    private final AtomicReferenceArray<PackedSample> packed;
    /** Set by the first sample that did not fit: later misses are served without packing. */
    private volatile boolean budgetSpent;

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
        PackedSample p = packed.get(index);
        if (p != null) {
            p.expand(dest, length);
            return;
        }
        base.fill(index, dest, null);
        if (budgetSpent) {
            return; // the samples that did not fit are not packed again on every pass
        }
        PackedSample q = PackedSample.pack(dest, length);
        if (!budget.tryReserve(q.bytes())) {
            budgetSpent = true;
        } else if (!packed.compareAndSet(index, null, q)) {
            budget.release(q.bytes()); // another thread stored it first
        }
    }
}
