package org.snn4j.datasets.transforms;

import java.util.random.RandomGenerator;
import org.snn4j.datasets.events.Events;
import org.snn4j.datasets.events.EventsBuilder;

/**
 * Removes each event independently with probability {@code probability} (one uniform double per
 * event, in event order). Models sensor dropout; the expected number kept is N·(1 − probability).
 *
 * @param probability drop probability, in [0, 1]
 */
public record DropEvent(double probability) implements EventTransform {

    /** Validates the probability. */
    public DropEvent {
        RandomFlip.checkProbability("probability", probability);
    }

    @Override
    public Events apply(Events events, RandomGenerator rng) {
        EventsBuilder kept = new EventsBuilder(events.width(), events.height(), events.size());
        for (int i = 0; i < events.size(); i++) {
            if (rng.nextDouble() >= probability) {
                kept.add(events.x(i), events.y(i), events.t(i), events.p(i));
            }
        }
        return kept.build();
    }

    @Override
    public boolean isRandom() {
        return true;
    }
}
