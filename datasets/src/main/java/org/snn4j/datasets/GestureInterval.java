package org.snn4j.datasets;

import java.nio.file.Path;

/**
 * One labelled interval of a DVS Gesture recording: events with {@code startUs <= t < endUs}.
 *
 * @param file the AEDAT 3.1 recording
 * @param id {@code <recording stem>#<row>} with the 0-based data row of the label file
 * @param label class - 1 (0..10)
 * @param startUs interval start, device µs as in the recording
 * @param endUs interval end (exclusive)
 */
record GestureInterval(Path file, String id, int label, long startUs, long endUs) {
}
