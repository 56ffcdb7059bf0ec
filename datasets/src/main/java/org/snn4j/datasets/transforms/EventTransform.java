package org.snn4j.datasets.transforms;

import java.util.random.RandomGenerator;
import org.snn4j.datasets.events.Events;

/**
 * An event-to-event transform: a small immutable value object.
 *
 * <p>Implementations are records; their canonical {@code toString()} is the configuration text
 * returned by {@link #describe()}, which the frame cache hashes. Randomised transforms draw only
 * from the generator passed to {@link #apply}, so equal generator states give equal outputs.
 */
public interface EventTransform {

    /**
     * Applies the transform.
     *
     * @param events input stream (never modified)
     * @param rng    source of randomness; deterministic transforms ignore it and accept null
     * @return a new stream (or {@code events} itself when nothing changes)
     */
    Events apply(Events events, RandomGenerator rng);

    /** True if the output depends on the generator (such transforms must not be cached). */
    default boolean isRandom() {
        return false;
    }

    /** The configuration text used in cache keys, e.g. {@code Denoise[filterTimeUs=5000, ...]}. */
    default String describe() {
        return toString();
    }

    /** This transform followed by {@code next}. */
    default EventTransform andThen(EventTransform next) {
        return Compose.of(this, next);
    }
}
