/**
 * Loaders: seeded, prefetching mini-batch iteration over a {@link org.snn4j.datasets.loader.SampleSource}.
 *
 * <p>{@link org.snn4j.datasets.loader.DataLoader} shuffles with a permutation derived from
 * (seed, epoch), fills batches on one background worker into a small pool of reusable buffers
 * and hands them out as ND4J float32 arrays: time-major {@code [T, B, C, H, W]} for event data
 * (or any source whose samples are {@code [T, ...]}), {@code [B, C, H, W]} for static images.
 *
 * <p>Sources: {@link org.snn4j.datasets.loader.EventFrameSource} (events through a
 * {@link org.snn4j.datasets.transforms.FramePipeline}), {@link org.snn4j.datasets.loader.ImageSource}
 * (uint8 images, optionally through an {@link org.snn4j.datasets.loader.ImageEncoder}); the
 * {@code cache} package adds a source that reads preprocessed frames from disk.
 */
package org.snn4j.datasets.loader;
