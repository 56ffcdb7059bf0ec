package org.snn4j.datasets.transforms;

import org.snn4j.datasets.events.Events;

/**
 * Turns an event stream into a dense tensor {@code [T, 2, H, W]} (channel = polarity, 0 = OFF,
 * 1 = ON; H and W from the stream's sensor size). Encoders are deterministic records; their
 * {@link #describe()} text is part of the cache key.
 */
public interface FrameEncoder {

    /** Encodes {@code events} into a new tensor. */
    Frames encode(Events events);

    /** The configuration text used in cache keys. */
    default String describe() {
        return toString();
    }
}
