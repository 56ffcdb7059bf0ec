package org.snn4j.datasets;

import java.nio.file.Path;

/** Index entry of a one-file-per-sample dataset. */
record SampleFile(Path path, int label, String id) {
}
