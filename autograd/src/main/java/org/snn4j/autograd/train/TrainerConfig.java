package org.snn4j.autograd.train;

import java.nio.file.Path;

/**
 * How {@link Trainer} runs.
 *
 * @param epochs        number of epochs, at least 1
 * @param seed          master seed: epoch {@code e} shuffles with and reseeds the model from
 *                      {@link Trainer#epochSeed(long, int)}
 * @param clipNorm      maximum global gradient norm, or 0 for no clipping
 * @param checkpointDir where a checkpoint is written after every epoch, or null
 * @param resumeDir     a checkpoint to resume from, or null
 * @param progress      show progress (a bar on a terminal, plain lines otherwise)
 */
public record TrainerConfig(int epochs, long seed, double clipNorm, Path checkpointDir, Path resumeDir,
                            boolean progress) {
    public TrainerConfig {
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be >= 1, got " + epochs);
        }
        if (!(clipNorm >= 0)) {
            throw new IllegalArgumentException("clipNorm must be >= 0 (0 = off), got " + clipNorm);
        }
    }

    /** A configuration with no checkpoints and no progress output. */
    public static TrainerConfig of(int epochs, long seed) {
        return new TrainerConfig(epochs, seed, 0, null, null, false);
    }

    public TrainerConfig withCheckpoint(Path dir) {
        return new TrainerConfig(epochs, seed, clipNorm, dir, resumeDir, progress);
    }

    public TrainerConfig withResume(Path dir) {
        return new TrainerConfig(epochs, seed, clipNorm, checkpointDir, dir, progress);
    }

    public TrainerConfig withProgress(boolean on) {
        return new TrainerConfig(epochs, seed, clipNorm, checkpointDir, resumeDir, on);
    }

    public TrainerConfig withClipNorm(double norm) {
        return new TrainerConfig(epochs, seed, norm, checkpointDir, resumeDir, progress);
    }
}
