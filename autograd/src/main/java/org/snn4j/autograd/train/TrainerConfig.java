package org.snn4j.autograd.train;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How {@link Trainer} runs.
 *
 * @param epochs           number of epochs, at least 1; when resuming, more than the checkpoint holds
 * @param seed             master seed: epoch {@code e} shuffles with and reseeds the model from
 *                         {@link Trainer#epochSeed(long, int)}
 * @param clipNorm         maximum global gradient norm, or 0 for no clipping
 * @param checkpointDir    where a checkpoint is written after every epoch, or null
 * @param resumeDir        a checkpoint to resume from, or null
 * @param progress         show progress (a bar on a terminal, plain lines otherwise)
 * @param settings         the run's settings (learning rate, batch size, seed, model, ...), recorded
 *                         in every checkpoint; a resume that changes any of them is an error unless
 *                         {@code overrideSettings}. The seed and clipNorm are added automatically.
 * @param overrideSettings accept changed settings on resume, recording a {@link SettingsChange}
 */
public record TrainerConfig(int epochs, long seed, double clipNorm, Path checkpointDir, Path resumeDir,
                            boolean progress, Map<String, Object> settings, boolean overrideSettings) {
    public TrainerConfig {
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be >= 1, got " + epochs);
        }
        if (!(clipNorm >= 0)) {
            throw new IllegalArgumentException("clipNorm must be >= 0 (0 = off), got " + clipNorm);
        }
        Map<String, Object> s = new LinkedHashMap<>(settings == null ? Map.of() : settings);
        s.put("seed", seed);
        s.put("clipNorm", clipNorm);
        settings = Collections.unmodifiableMap(s);
    }

    /** Without recorded settings beyond the seed and clipNorm. */
    public TrainerConfig(int epochs, long seed, double clipNorm, Path checkpointDir, Path resumeDir, boolean progress) {
        this(epochs, seed, clipNorm, checkpointDir, resumeDir, progress, Map.of(), false);
    }

    /** A configuration with no checkpoints and no progress output. */
    public static TrainerConfig of(int epochs, long seed) {
        return new TrainerConfig(epochs, seed, 0, null, null, false);
    }

    public TrainerConfig withCheckpoint(Path dir) {
        return new TrainerConfig(epochs, seed, clipNorm, dir, resumeDir, progress, settings, overrideSettings);
    }

    public TrainerConfig withResume(Path dir) {
        return new TrainerConfig(epochs, seed, clipNorm, checkpointDir, dir, progress, settings, overrideSettings);
    }

    public TrainerConfig withProgress(boolean on) {
        return new TrainerConfig(epochs, seed, clipNorm, checkpointDir, resumeDir, on, settings, overrideSettings);
    }

    public TrainerConfig withClipNorm(double norm) {
        return new TrainerConfig(epochs, seed, norm, checkpointDir, resumeDir, progress, settings, overrideSettings);
    }

    /** Records {@code s} (plus seed and clipNorm); {@code override} accepts changes on resume. */
    public TrainerConfig withSettings(Map<String, Object> s, boolean override) {
        return new TrainerConfig(epochs, seed, clipNorm, checkpointDir, resumeDir, progress, s, override);
    }
}
