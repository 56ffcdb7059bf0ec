package org.snn4j.experiment.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * How event recordings become network input {@code [T, B, 2, H, W]}.
 *
 * @param by     {@code time}: T slices of equal duration, event counts ({@code ToFrames.byTime});
 *               {@code count}: T slices of equal event count ({@code ToFrames.byEventCount});
 *               {@code spikes}: T binary bins of {@code binMs} from time 0 ({@code ToSpikeTensor}, SLAYER)
 * @param T      number of frames or bins, ≥ 1
 * @param size   [H, W] of the frames: the sensor size or the sensor size divided by an integer
 *               factor (events are downsampled)
 * @param binMs  bin width in ms for {@code spikes}, &gt; 0 (ignored otherwise)
 */
public record FramesConfig(String by, @JsonProperty("T") int T, List<Integer> size, double binMs) {
    /** The framing modes. */
    public static final List<String> MODES = List.of("time", "count", "spikes");

    public FramesConfig {
        if (!MODES.contains(by)) {
            throw new IllegalArgumentException("by must be one of " + String.join(", ", MODES) + ", got " + by);
        }
        if (T < 1) {
            throw new IllegalArgumentException("T must be >= 1, got " + T);
        }
        if (size == null || size.size() != 2 || size.get(0) < 1 || size.get(1) < 1) {
            throw new IllegalArgumentException("size must be [H, W] with H, W >= 1, got " + size);
        }
        size = List.copyOf(size);
        if (!(binMs > 0)) {
            throw new IllegalArgumentException("binMs must be > 0, got " + binMs);
        }
    }
}
