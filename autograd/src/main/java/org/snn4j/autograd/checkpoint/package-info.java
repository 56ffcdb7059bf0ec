/**
 * Checkpoints: a directory holding {@code model.json} (versioned architecture spec + metadata),
 * {@code weights.safetensors} (parameters and buffers by dotted name), optionally
 * {@code optimizer.json} + {@code optimizer.safetensors} (optimiser configuration, step count and
 * state) and {@code trainer.json} (a free-form map owned by the trainer).
 *
 * <p>Files are written atomically (temporary file, fsync, atomic rename) and a checkpoint
 * directory is assembled under a temporary name and renamed into place, so a checkpoint is
 * either complete or absent. Readers validate every byte range and report one-line errors naming
 * the file and the offending field or offset.
 */
package org.snn4j.autograd.checkpoint;
