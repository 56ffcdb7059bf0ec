/**
 * On-disk cache of preprocessed frames and the parallel preprocessing that fills it.
 *
 * <p>An entry is keyed by dataset name, sample id and the SHA-256 of the
 * {@link org.snn4j.datasets.transforms.FramePipeline#describe() pipeline configuration}; it stores
 * the frame tensor with a CRC-32C checksum and is written atomically (temporary file, then
 * rename), so a crash never leaves a half-written entry under the final name and a corrupt entry
 * is detected and rebuilt. {@link org.snn4j.datasets.cache.CachePreprocessor} fills the cache on
 * two threads with a {@link org.snn4j.datasets.cache.ProgressBar};
 * {@link org.snn4j.datasets.cache.CachedFrameSource} serves it to the loader.
 */
package org.snn4j.datasets.cache;
