package org.snn4j.datasets.cache;

import java.io.IOException;
import org.snn4j.datasets.transforms.Frames;

/** Computes the frames of one sample on a cache miss. */
@FunctionalInterface
public interface FrameSupplier {

    /** The frames to store. */
    Frames get() throws IOException;
}
