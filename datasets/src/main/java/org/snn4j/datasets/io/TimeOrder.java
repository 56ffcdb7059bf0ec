package org.snn4j.datasets.io;

/**
 * What an event reader does when a timestamp is smaller than the previous event's.
 *
 * <p>Every real N-MNIST file and the AEDAT 4.0 sample are monotonic, so readers default to
 * {@link #REQUIRE_MONOTONIC}: a backwards step is reported as a {@link MalformedFileException}
 * naming the byte offset, which catches corrupt files early. Old jAER recordings may "jump back"
 * (a device timestamp reset); {@link #ALLOW_BACKWARD} keeps such events as recorded.
 */
public enum TimeOrder {
    /** A timestamp smaller than its predecessor is an error naming the byte offset. */
    REQUIRE_MONOTONIC,
    /** Timestamps are kept as decoded, even if they decrease. */
    ALLOW_BACKWARD
}
