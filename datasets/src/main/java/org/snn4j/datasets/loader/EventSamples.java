package org.snn4j.datasets.loader;

import java.io.IOException;
import org.snn4j.datasets.events.Events;

/**
 * An indexed collection of labelled event recordings (a dataset split), the input of
 * {@link EventFrameSource} and of the frame cache.
 */
public interface EventSamples {

    /** Dataset name, e.g. {@code "nmnist-train"}; part of cache keys. */
    String name();

    /** Number of samples. */
    int size();

    /** Class label of sample {@code index}. */
    int label(int index);

    /** Stable sample name, e.g. {@code "Train/5/00001"}; part of cache keys and error reports. */
    String id(int index);

    /** Reads and decodes sample {@code index}. */
    Events events(int index) throws IOException;
}
