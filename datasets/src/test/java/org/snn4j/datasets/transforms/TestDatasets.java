package org.snn4j.datasets.transforms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.snn4j.datasets.EventDataset;
import org.snn4j.datasets.EventSample;
import org.snn4j.datasets.NMnist;
import org.snn4j.datasets.Split;

/** Event datasets for tests: shared N-MNIST splits, subsets, and subsets with failing samples. */
public final class TestDatasets {
    private TestDatasets() {
    }

    /** A split of the shared N-MNIST sample (1000 train / 100 test files). */
    public static EventDataset nmnist(Split split) {
        try {
            return NMnist.at(SharedData.root().resolve("nmnist")).split(split);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The samples of {@code base} at {@code indices}, in that order. */
    public static EventDataset subset(EventDataset base, int... indices) {
        return failing(base, Set.of(), indices);
    }

    /** A subset whose samples at the given subset positions throw an IOException naming a byte offset. */
    public static EventDataset failing(EventDataset base, Set<Integer> bad, int... indices) {
        return new EventDataset() {
            @Override
            public String name() {
                return base.name() + "-subset";
            }

            @Override
            public int size() {
                return indices.length;
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
                return base.label(indices[index]);
            }

            @Override
            public String id(int index) {
                return base.id(indices[index]);
            }

            @Override
            public Path path(int index) {
                return base.path(indices[index]);
            }

            @Override
            public EventSample get(int index) throws IOException {
                if (bad.contains(index)) {
                    throw new IOException(path(index) + ": truncated event at byte offset 20");
                }
                return base.get(indices[index]);
            }
        };
    }

    /** Index of the sample with id {@code id} in {@code base}. */
    public static int indexOf(EventDataset base, String id) {
        for (int i = 0; i < base.size(); i++) {
            if (base.id(i).equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no sample " + id + " in " + base.name());
    }
}
