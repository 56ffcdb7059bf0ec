package org.snn4j.datasets;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * An indexed, labelled collection of event recordings. The index (ids, labels, files) is built
 * up front; events are read lazily, one sample per {@link #get} call. Implementations are
 * immutable and safe to read from several threads.
 */
public interface EventDataset {
    /** Standard dataset name, e.g. {@code nmnist}. */
    String name();

    /** Number of samples. */
    int size();

    /** Class names in label order. */
    List<String> classNames();

    /** Sensor width in pixels. */
    int width();

    /** Sensor height in pixels. */
    int height();

    /** Label of sample {@code index} (no file access). */
    int label(int index);

    /** Identifier of sample {@code index} (no file access). */
    String id(int index);

    /** File holding sample {@code index} (no file access). */
    Path path(int index);

    /** Reads sample {@code index}. */
    EventSample get(int index) throws IOException;

    /** Number of classes. */
    default int numClasses() {
        return classNames().size();
    }

    /** All labels, in sample order. */
    default int[] labels() {
        int[] out = new int[size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = label(i);
        }
        return out;
    }
}
