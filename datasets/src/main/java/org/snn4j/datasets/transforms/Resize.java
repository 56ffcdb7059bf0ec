package org.snn4j.datasets.transforms;

import java.util.random.RandomGenerator;
import org.snn4j.datasets.events.Events;

/**
 * Spatial resizing to any smaller (or equal) sensor by area binning:
 * {@code (x, y) → (⌊x·W'/W⌋, ⌊y·H'/H⌋)}. Every event is kept, so a frame pixel counts the events
 * of the source pixels it covers; time and polarity are unchanged. This is the event-level
 * counterpart of resizing 128×128 frames to 48×48 as the TET recipe does for CIFAR10-DVS (Deng
 * et al., ICLR 2022, which interpolates frames); with {@code W = f·W'} it equals
 * {@link Downsample} by f.
 *
 * @param width  W', at least 1
 * @param height H', at least 1
 */
public record Resize(int width, int height) implements EventTransform {

    /** Validates the size. */
    public Resize {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("width and height must be >= 1, got " + width + "x" + height);
        }
    }

    @Override
    public Events apply(Events events, RandomGenerator rng) {
        if (width > events.width() || height > events.height()) {
            throw new IllegalArgumentException("cannot resize " + events.width() + "x" + events.height() + " events up to "
                    + width + "x" + height);
        }
        if (width == events.width() && height == events.height()) {
            return events;
        }
        short[] x = events.xs();
        short[] y = events.ys();
        for (int i = 0; i < x.length; i++) {
            x[i] = (short) (x[i] * width / events.width());
            y[i] = (short) (y[i] * height / events.height());
        }
        return new Events(x, y, events.ts(), events.ps(), width, height);
    }
}
