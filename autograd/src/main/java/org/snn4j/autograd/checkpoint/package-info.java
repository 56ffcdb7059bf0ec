/**
 * Checkpoints: a directory holding {@code model.json} (versioned architecture spec + metadata),
 * {@code weights.safetensors} (parameters and buffers by dotted name), optionally
 * {@code optimizer.json} + {@code optimizer.safetensors} (optimiser configuration, step count and
 * state), {@code trainer.json} (a free-form map owned by the trainer) and {@code manifest.json}
 * (size and SHA-256 of every other file, checked before each file is read; checkpoints without
 * one, written before manifests existed, load unchecked).
 *
 * <p>A save writes a complete hidden version directory next to the checkpoint and points the
 * checkpoint, a symbolic link, at it with one atomic rename, so every kill point leaves a loadable
 * checkpoint; the next save deletes what an interrupted one left behind. Readers validate every
 * byte range and declared size before allocating (a {@code model.json} may declare at most
 * {@code -Dsnn4j.maxParameters} values, default 200 million, and no more than its weights file
 * holds), refuse FIFOs and directories, and report one-line errors naming the file and the
 * offending field or offset.
 */
package org.snn4j.autograd.checkpoint;
