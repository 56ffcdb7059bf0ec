package org.snn4j.datasets.transforms;

import java.util.List;
import java.util.random.RandomGenerator;
import org.snn4j.datasets.events.Events;

/**
 * The full preprocessing of one sample: event transforms, then an encoder, then frame transforms.
 *
 * <p>{@code frames = post[m-1](...post[0](encoder.encode(events.apply(sample))))}. The generator is
 * shared by all stages, in that order. {@link #describe()} is the text the frame cache hashes;
 * it starts with {@link #FORMAT_VERSION} so that a change in the encoders' semantics can
 * invalidate old cache entries by bumping the version.
 *
 * @param events  event-level transforms (use {@code Compose.of()} for none)
 * @param encoder events to dense tensor
 * @param post    tensor-level transforms, applied in order
 */
public record FramePipeline(EventTransform events, FrameEncoder encoder, List<FrameTransform> post) {

    /** Version of the frame semantics; part of every cache key. */
    public static final int FORMAT_VERSION = 1;

    /** Validates and copies the stages. */
    public FramePipeline {
        if (events == null) {
            throw new IllegalArgumentException("events must not be null (use Compose.of() for none)");
        }
        if (encoder == null) {
            throw new IllegalArgumentException("encoder must not be null");
        }
        if (post == null) {
            throw new IllegalArgumentException("post must not be null (use List.of() for none)");
        }
        post = List.copyOf(post); // rejects null elements
    }

    /** Just an encoder. */
    public static FramePipeline of(FrameEncoder encoder) {
        return new FramePipeline(Compose.of(), encoder, List.of());
    }

    /** Event transforms then an encoder. */
    public static FramePipeline of(EventTransform events, FrameEncoder encoder) {
        return new FramePipeline(events, encoder, List.of());
    }

    /** The same pipeline with {@code next} appended to the frame transforms. */
    public FramePipeline then(FrameTransform next) {
        return new FramePipeline(events, encoder, concat(post, next));
    }

    /** Runs all stages on one sample. */
    public Frames apply(Events sample, RandomGenerator rng) {
        Frames f = encoder.encode(events.apply(sample, rng));
        for (FrameTransform step : post) {
            f = step.apply(f, rng);
        }
        return f;
    }

    /** True if the output depends on the generator (random augmentations are never cached). */
    public boolean isRandom() {
        return events.isRandom() || post.stream().anyMatch(FrameTransform::isRandom);
    }

    /** The configuration text hashed by the cache. */
    public String describe() {
        StringBuilder sb = new StringBuilder("FramePipeline/v").append(FORMAT_VERSION)
                .append('{').append(events.describe()).append(" | ").append(encoder.describe());
        for (FrameTransform step : post) {
            sb.append(" | ").append(step.describe());
        }
        return sb.append('}').toString();
    }

    private static List<FrameTransform> concat(List<FrameTransform> list, FrameTransform next) {
        FrameTransform[] all = list.toArray(new FrameTransform[list.size() + 1]);
        all[list.size()] = next;
        return List.of(all);
    }
}
