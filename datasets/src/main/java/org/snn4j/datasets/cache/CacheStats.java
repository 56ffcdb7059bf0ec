package org.snn4j.datasets.cache;

/**
 * Counters of a {@link FrameCache} since it was opened.
 *
 * @param hits    entries read and validated
 * @param misses  entries absent and computed
 * @param rebuilt entries found corrupt (bad magic, size, shape or checksum), deleted and recomputed
 */
public record CacheStats(long hits, long misses, long rebuilt) {
}
