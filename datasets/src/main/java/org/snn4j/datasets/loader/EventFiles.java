package org.snn4j.datasets.loader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.snn4j.datasets.events.Events;
import org.snn4j.datasets.io.EventReader;

/**
 * {@link EventSamples} over a list of files decoded by one {@link EventReader}. The sample id is
 * the file path relative to {@code root}, with {@code /} separators and without extension
 * ({@code Train/5/00001}).
 *
 * @param name   dataset name (cache keys)
 * @param root   folder the ids are relative to
 * @param files  one file per sample
 * @param labels one label per sample
 * @param reader the decoder
 */
public record EventFiles(String name, Path root, List<Path> files, int[] labels, EventReader reader)
        implements EventSamples {

    /** Validates sizes and copies the lists. */
    public EventFiles {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        files = List.copyOf(files);
        labels = labels.clone();
        if (files.size() != labels.length) {
            throw new IllegalArgumentException("files (" + files.size() + ") and labels (" + labels.length
                    + ") differ in length");
        }
        if (root == null || reader == null) {
            throw new IllegalArgumentException("root and reader must not be null");
        }
    }

    /** A copy of the labels. */
    @Override
    public int[] labels() {
        return labels.clone();
    }

    @Override
    public int size() {
        return files.size();
    }

    @Override
    public int label(int index) {
        return labels[index];
    }

    @Override
    public String id(int index) {
        String rel = root.relativize(files.get(index)).toString().replace('\\', '/');
        int dot = rel.lastIndexOf('.');
        return dot > rel.lastIndexOf('/') ? rel.substring(0, dot) : rel;
    }

    @Override
    public Events events(int index) throws IOException {
        return reader.read(files.get(index));
    }
}
