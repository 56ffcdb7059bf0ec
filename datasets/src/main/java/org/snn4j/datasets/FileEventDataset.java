package org.snn4j.datasets;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.snn4j.datasets.io.EventReader;

/** An {@link EventDataset} with one recording file per sample, decoded by one reader. */
final class FileEventDataset implements EventDataset {
    private final String name;
    private final List<SampleFile> files;
    private final List<String> classNames;
    private final EventReader reader;
    private final int width;
    private final int height;

    FileEventDataset(String name, List<SampleFile> files, List<String> classNames, EventReader reader,
            int width, int height) {
        this.name = name;
        this.files = List.copyOf(files);
        this.classNames = List.copyOf(classNames);
        this.reader = reader;
        this.width = width;
        this.height = height;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int size() {
        return files.size();
    }

    @Override
    public List<String> classNames() {
        return classNames;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    @Override
    public int label(int index) {
        return files.get(index).label();
    }

    @Override
    public String id(int index) {
        return files.get(index).id();
    }

    @Override
    public Path path(int index) {
        return files.get(index).path();
    }

    @Override
    public EventSample get(int index) throws IOException {
        SampleFile f = files.get(index);
        return new EventSample(reader.read(f.path()), f.label(), f.id(), f.path());
    }

    @Override
    public String toString() {
        return name + "[" + size() + " samples, " + classNames.size() + " classes]";
    }
}
