package org.snn4j.experiment.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.annotation.JsonTypeIdResolver;
import java.util.List;
import org.snn4j.neurons.encoding.Encoder;

/**
 * The data section: which dataset, how samples become network input, how much of it.
 *
 * @param dataset    registry name of the dataset ({@code mnist}, {@code fashion-mnist}, {@code nmnist})
 * @param dir        the dataset's own folder, or null for {@code $SNN4J_DATA/<dataset>}
 * @param T          time steps of the network input; 0 for a non-spiking network fed {@code [B, ...]}
 * @param encoder    static images: the input coding (direct, poisson, bernoulli, latency), or null
 *                   with T = 0 for an ANN
 * @param frames     event data: how recordings become {@code [T, B, 2, H, W]} input, else null
 * @param limitTrain use n evenly spaced training samples, 0 = all
 * @param limitTest  use n evenly spaced test samples, 0 = all
 * @param augment    training-batch augmentations, applied in order (may be empty)
 */
public record DataConfig(String dataset, String dir, @JsonProperty("T") int T,
                         @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
                         @JsonTypeIdResolver(EncoderTypeIdResolver.class) Encoder encoder,
                         FramesConfig frames, int limitTrain, int limitTest, List<AugmentConfig> augment) {
    public DataConfig {
        if (dataset == null || dataset.isBlank()) {
            throw new IllegalArgumentException("dataset is required");
        }
        if (T < 0) {
            throw new IllegalArgumentException("T must be >= 0, got " + T);
        }
        if (limitTrain < 0 || limitTest < 0) {
            throw new IllegalArgumentException("limitTrain and limitTest must be >= 0 (0 = all)");
        }
        augment = augment == null ? List.of() : List.copyOf(augment);
    }

    /** Whether the network input has a time axis. */
    public boolean timeMajor() {
        return T > 0;
    }
}
