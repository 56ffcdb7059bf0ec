package org.snn4j.datasets;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code count} evenly spaced samples of another dataset: sample i is {@code base[⌊i·N/count⌋]}
 * (the whole dataset when {@code count >= N}), so a class-ordered dataset keeps every class. A
 * view; nothing is read until {@link #get}.
 *
 * @param base  the full dataset
 * @param count samples kept, at least 1
 */
public record EvenSubset(EventDataset base, int count) implements EventDataset {

    /** Validates and clamps {@code count} to the base size. */
    public EvenSubset {
        if (base == null) {
            throw new IllegalArgumentException("base must not be null");
        }
        if (count < 1) {
            throw new IllegalArgumentException("count must be >= 1, got " + count);
        }
        count = Math.min(count, base.size());
    }

    /** {@code base} itself when {@code limit} is 0 or covers it, else the subset. */
    public static EventDataset of(EventDataset base, int limit) {
        return limit <= 0 || limit >= base.size() ? base : new EvenSubset(base, limit);
    }

    /**
     * The subset rule, shared by every subset of the project (recordings here, images in
     * {@link org.snn4j.datasets.io.LabeledImages#spread}): sample i of {@code count} taken from
     * {@code size} is {@code ⌊i·size/count⌋} (computed in 64 bits).
     */
    public static int index(int i, int size, int count) {
        if (i < 0 || i >= count) {
            throw new IndexOutOfBoundsException("index " + i + " outside 0.." + (count - 1));
        }
        return (int) ((long) i * size / count);
    }

    private int at(int index) {
        return index(index, base.size(), count);
    }

    @Override
    public String name() {
        return base.name() + "[" + count + "]";
    }

    @Override
    public int size() {
        return count;
    }

    @Override
    public List<String> classNames() {
        return base.classNames();
    }

    @Override
    public int width() {
        return base.width();
    }

    @Override
    public int height() {
        return base.height();
    }

    @Override
    public int label(int index) {
        return base.label(at(index));
    }

    @Override
    public String id(int index) {
        return base.id(at(index));
    }

    @Override
    public Path path(int index) {
        return base.path(at(index));
    }

    @Override
    public EventSample get(int index) throws IOException {
        return base.get(at(index));
    }
}
