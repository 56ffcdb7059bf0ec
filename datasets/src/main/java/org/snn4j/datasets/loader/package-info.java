/**
 * Loaders: seeded, prefetching mini-batches over a {@link org.snn4j.datasets.loader.SampleSource},
 * the one data path from files to the trainer's batches.
 *
 * <p>{@link org.snn4j.datasets.loader.DataLoader} is the trainer's
 * {@link org.snn4j.autograd.train.BatchSource}: each pass orders the samples from its epoch seed
 * ({@link org.snn4j.autograd.train.EpochOrder}), and one background worker per pass fills new
 * float32 batches a few ahead of the consumer: time-major {@code [T, B, C, H, W]} for event data
 * (or any source whose samples are {@code [T, ...]}), {@code [B, C, H, W]} for static images, then
 * optionally a whole-batch {@link org.snn4j.datasets.loader.BatchEncoding} (the rate codes).
 *
 * <p>Sources: {@link org.snn4j.datasets.loader.EventFrameSource} (events through a
 * {@link org.snn4j.datasets.transforms.FramePipeline}), {@link org.snn4j.datasets.loader.ImageSource}
 * (uint8 images), {@link org.snn4j.datasets.loader.AugmentedSource} (random augmentation after any
 * cache); the {@code cache} package adds the on-disk frame cache and the bounded memory cache.
 */
package org.snn4j.datasets.loader;
