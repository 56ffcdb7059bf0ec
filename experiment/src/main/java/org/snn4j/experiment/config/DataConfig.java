package org.snn4j.experiment.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.annotation.JsonTypeIdResolver;
import java.util.List;
import org.snn4j.neurons.encoding.Encoder;

/**
 * The data section: which dataset, how samples become network input, how much of it.
 *
 * @param dataset    registry name of the dataset ({@code DatasetShape.REGISTRY})
 * @param dir        the dataset's own folder, or null for {@code $SNN4J_DATA/<dataset>}
 * @param T          time steps of the network input; 0 for a non-spiking network fed {@code [B, ...]}
 * @param encoder    static images: the input coding (direct, poisson, bernoulli, latency), or null
 *                   with T = 0 for an ANN
 * @param frames     event data: how recordings become {@code [T, B, 2, H, W]} input, else null
 * @param limitTrain use n evenly spaced training samples, 0 = all
 * @param limitTest  use n evenly spaced test samples, 0 = all
 * @param augment    training-batch augmentations, applied in order (may be empty)
 * @param orientation {@code cifar10-dvs}: how AEDAT 2.0 addresses become (x, y)
 *                   ({@code jaer-upright}, {@code jaer-bottom-left}, {@code spikingjelly}), else null
 * @param split      {@code cifar10-dvs}: {@code tet} (per class 0-99 test, 9,000/1,000) or
 *                   {@code random} (seeded, stratified, {@code trainRatio}), else null
 * @param trainRatio {@code cifar10-dvs} random split: fraction of each class that trains
 * @param cache      event data: folder of the on-disk frame cache ({@code datasets/cache}), or null
 */
public record DataConfig(String dataset, String dir, @JsonProperty("T") int T,
                         @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
                         @JsonTypeIdResolver(EncoderTypeIdResolver.class) Encoder encoder,
                         FramesConfig frames, int limitTrain, int limitTest, List<AugmentConfig> augment,
                         String orientation, String split, double trainRatio, String cache) {
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
        if (!(trainRatio >= 0 && trainRatio <= 1)) {
            throw new IllegalArgumentException("trainRatio must be in [0, 1], got " + trainRatio);
        }
    }

    /** Whether the network input has a time axis. */
    public boolean timeMajor() {
        return T > 0;
    }
}
