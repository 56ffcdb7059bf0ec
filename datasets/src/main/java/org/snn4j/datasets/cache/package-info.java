/**
 * Frame caches: the on-disk cache of preprocessed frames with the parallel preprocessing that
 * fills it, and the bounded memory cache of small splits.
 *
 * <p>An entry is keyed by dataset name, sample id and the SHA-256 of the
 * {@link org.snn4j.datasets.transforms.FramePipeline#describe() pipeline configuration}; it stores
 * the frame tensor with a CRC-32C checksum and is written atomically (temporary file, then
 * rename), so a crash never leaves a half-written entry under the final name and a corrupt entry
 * is detected and rebuilt. {@link org.snn4j.datasets.cache.CachePreprocessor} fills the cache on
 * two threads with a {@link org.snn4j.datasets.cache.ProgressBar};
 * {@link org.snn4j.datasets.cache.CachedFrameSource} serves it to the loader (a config's
 * {@code data.cache}).
 *
 * <p>{@link org.snn4j.datasets.cache.MemoryCachedSource} keeps the framed samples of a split in the
 * heap after their first read, packed, within a {@link org.snn4j.datasets.cache.MemoryBudget}
 * (default: 1/16 of the maximum heap); what does not fit is read again each pass.
 */
package org.snn4j.datasets.cache;
