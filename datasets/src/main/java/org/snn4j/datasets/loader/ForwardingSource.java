package org.snn4j.datasets.loader;

/**
 * A source that wraps another and changes only how samples are filled (a cache, an augmentation):
 * size, labels, shape, time axis and ids are the base's.
 */
public abstract class ForwardingSource implements SampleSource {
    protected final SampleSource base;

    /** Wraps {@code base}. */
    protected ForwardingSource(SampleSource base) {
        if (base == null) {
            throw new IllegalArgumentException("base must not be null");
        }
        this.base = base;
    }

    @Override
    public int size() {
        return base.size();
    }

    @Override
    public int label(int index) {
        return base.label(index);
    }

    @Override
    public int[] sampleShape() {
        return base.sampleShape();
    }

    @Override
    public boolean timeMajor() {
        return base.timeMajor();
    }

    @Override
    public String id(int index) {
        return base.id(index);
    }
}
