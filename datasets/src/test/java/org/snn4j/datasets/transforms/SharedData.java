package org.snn4j.datasets.transforms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.snn4j.datasets.events.Events;
import org.snn4j.datasets.events.EventsBuilder;
import org.snn4j.datasets.io.NMnistBinReader;

/** Test fixtures: the shared sample data folder and hand-built event streams. */
public final class SharedData {
    private SharedData() {
    }

    /** {@code $SNN4J_DATA}, else {@code ../shared/data} relative to the repository root. */
    public static Path root() {
        String env = System.getenv("SNN4J_DATA");
        Path p = env != null && !env.isBlank() ? Path.of(env) : Path.of("../shared/data");
        if (!Files.isDirectory(p.resolve("nmnist"))) {
            p = Path.of("/work/shared/data");
        }
        return p;
    }

    /** A shared N-MNIST file, e.g. {@code "Train/5/00001.bin"}. */
    public static Events nmnist(String relative) {
        try {
            return new NMnistBinReader().read(root().resolve("nmnist").resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Events from rows {@code {x, y, tUs, p}}. */
    public static Events events(int width, int height, long[]... rows) {
        EventsBuilder b = new EventsBuilder(width, height, rows.length);
        for (long[] r : rows) {
            b.add((int) r[0], (int) r[1], r[2], (int) r[3]);
        }
        return b.build();
    }

    /** Events at pixel (0, 0), ON, at the given times. */
    public static Events atTimes(long... tUs) {
        long[][] rows = new long[tUs.length][];
        for (int i = 0; i < tUs.length; i++) {
            rows[i] = new long[] {0, 0, tUs[i], 1};
        }
        return events(2, 2, rows);
    }
}
