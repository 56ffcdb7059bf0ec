package org.snn4j.datasets.loader;

/**
 * A sample the loader skipped because reading it failed.
 *
 * @param index   sample index in the source
 * @param id      the source's sample name
 * @param message the error message (names the file and byte offset for reader errors)
 */
public record SkippedSample(int index, String id, String message) {
}
