package org.snn4j.datasets.loader;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One mini-batch: float32 features and int labels.
 *
 * <p><b>Lifetime.</b> A batch lives in a loader buffer that is reused: it stays valid until the
 * next call to {@link BatchIterator#next()} or {@link BatchIterator#close()}, after which the
 * worker may overwrite it. Call {@code features().dup()} / {@code labels().clone()} to keep data
 * longer. Arrays derived by computation (not views) are unaffected.
 */
public final class Batch {
    private final INDArray features;
    private final int[] labels;
    private final int[] indices;

    Batch(INDArray features, int[] labels, int[] indices) {
        this.features = features;
        this.labels = labels;
        this.indices = indices;
    }

    /** {@code [T, B, C, H, W]} for time-major sources, else {@code [B, ...sample shape]}. */
    public INDArray features() {
        return features;
    }

    /** Label of each sample in the batch (length B; the loader's array, do not modify). */
    public int[] labels() {
        return labels;
    }

    /** Source index of each sample in the batch (length B; the loader's array, do not modify). */
    public int[] indices() {
        return indices;
    }

    /** Number of samples B. */
    public int size() {
        return labels.length;
    }
}
