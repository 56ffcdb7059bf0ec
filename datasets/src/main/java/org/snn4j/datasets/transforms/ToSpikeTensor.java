package org.snn4j.datasets.transforms;

import org.snn4j.datasets.events.Events;

/**
 * Bins events into a fixed-length dense spike tensor {@code float[bins][2][H][W]}, as SLAYER does
 * for N-MNIST (1 ms bins × 300 = 300 ms).
 *
 * <p>An event at time t (µs) falls into bin k = ⌊(t − origin) / binUs⌋, where origin is 0 (the
 * recording clock) or, with {@code fromFirstEvent}, the first event's timestamp. Events with
 * k ∉ [0, bins) are dropped. In counting mode the value is the number of events of that polarity
 * at that pixel in that bin; in binary mode it is 1 if there was at least one (a spike train).
 *
 * @param binUs          bin width in µs, at least 1
 * @param bins           number of bins T, at least 1
 * @param binary         1/0 spikes instead of counts
 * @param fromFirstEvent measure time from the first event instead of from 0
 */
public record ToSpikeTensor(long binUs, int bins, boolean binary, boolean fromFirstEvent) implements FrameEncoder {

    /** Validates the fields. */
    public ToSpikeTensor {
        if (binUs < 1) {
            throw new IllegalArgumentException("binUs must be >= 1, got " + binUs);
        }
        if (bins < 1) {
            throw new IllegalArgumentException("bins must be >= 1, got " + bins);
        }
    }

    /** SLAYER's N-MNIST setting: 1 ms bins, 300 of them, binary spikes, time from 0. */
    public static ToSpikeTensor slayerNMnist() {
        return new ToSpikeTensor(1000, 300, true, false);
    }

    @Override
    public Frames encode(Events events) {
        int w = events.width();
        int h = events.height();
        float[] out = new float[Math.multiplyExact(Math.multiplyExact(bins, 2), w * h)];
        long origin = fromFirstEvent && events.size() > 0 ? events.t(0) : 0;
        for (int i = 0; i < events.size(); i++) {
            long rel = events.t(i) - origin;
            if (rel < 0) {
                continue;
            }
            long k = rel / binUs;
            if (k >= bins) {
                continue;
            }
            int idx = (((int) k * 2 + events.p(i)) * h + events.y(i)) * w + events.x(i);
            out[idx] = binary ? 1f : out[idx] + 1f;
        }
        return new Frames(out, bins, 2, h, w);
    }
}
