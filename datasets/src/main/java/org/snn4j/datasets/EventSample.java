package org.snn4j.datasets;

import java.nio.file.Path;
import org.snn4j.datasets.events.Events;

/**
 * One labelled recording.
 *
 * @param events the decoded events
 * @param label class index, 0-based
 * @param id a stable identifier, e.g. {@code Train/5/00001} or {@code user24_led#3}
 * @param path the file the events came from
 */
public record EventSample(Events events, int label, String id, Path path) {
}
