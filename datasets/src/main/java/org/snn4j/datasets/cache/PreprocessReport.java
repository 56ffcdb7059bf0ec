package org.snn4j.datasets.cache;

import java.util.List;
import org.snn4j.datasets.loader.SkippedSample;

/**
 * Outcome of {@link CachePreprocessor#run}.
 *
 * @param samples  samples visited
 * @param computed entries computed and written (missing or corrupt before)
 * @param reused   valid entries found in the cache
 * @param failed   samples whose reading or preprocessing failed (not cached)
 * @param seconds  wall-clock duration
 */
public record PreprocessReport(int samples, int computed, int reused, List<SkippedSample> failed, double seconds) {

    /** Copies the failure list. */
    public PreprocessReport {
        failed = List.copyOf(failed);
    }

    /** One line for logs, e.g. {@code 1100 samples: 1100 computed, 0 reused, 0 failed in 2.1 s}. */
    public String summary() {
        return String.format("%d samples: %d computed, %d reused, %d failed in %.1f s", samples, computed, reused,
                failed.size(), seconds);
    }
}
