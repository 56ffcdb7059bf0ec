package org.snn4j.datasets.transforms;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.snn4j.datasets.events.Events;

/**
 * Applies event transforms in order: {@code out = steps[n-1](...steps[0](events))}.
 *
 * <p>All steps draw from the same generator, in order, so a composition is as reproducible as its
 * parts. Nested compositions are flattened. An empty composition is the identity.
 *
 * @param steps the transforms, first applied first
 */
public record Compose(List<EventTransform> steps) implements EventTransform {

    /** Copies {@code steps}, flattening nested compositions. */
    public Compose {
        if (steps == null) {
            throw new IllegalArgumentException("steps must not be null");
        }
        List<EventTransform> flat = new ArrayList<>();
        for (EventTransform step : steps) {
            if (step == null) {
                throw new IllegalArgumentException("steps must not contain null");
            }
            if (step instanceof Compose inner) {
                flat.addAll(inner.steps());
            } else {
                flat.add(step);
            }
        }
        steps = List.copyOf(flat);
    }

    /** A composition of {@code steps}, first applied first. */
    public static Compose of(EventTransform... steps) {
        return new Compose(List.of(steps));
    }

    @Override
    public Events apply(Events events, RandomGenerator rng) {
        Events out = events;
        for (EventTransform step : steps) {
            out = step.apply(out, rng);
        }
        return out;
    }

    @Override
    public boolean isRandom() {
        return steps.stream().anyMatch(EventTransform::isRandom);
    }
}
