package org.snn4j.examples.cli;

import java.util.Iterator;
import org.snn4j.examples.compare.CompareData;

/** The dataset names of {@code compare} and {@code convert}, for picocli's help text and completion. */
final class CompareDatasetNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        return CompareData.DATASETS.names().iterator();
    }
}
