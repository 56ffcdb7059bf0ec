package org.snn4j.datasets.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.snn4j.datasets.events.Events;

/**
 * The event file formats snn4j reads, each with its default reader, and detection from a file's
 * first bytes (the {@code #!AER-DATx.y} line) or, for header-less N-MNIST files, its extension.
 */
public enum EventFormat {
    /** N-MNIST / N-Caltech101 40-bit events ({@code .bin}, SLAYER {@code .bs2}). */
    NMNIST_BIN(new NMnistBinReader()),
    /** jAER AEDAT 1.0/2.0 DVS128 (CIFAR10-DVS). */
    AEDAT2(new Aedat2Reader()),
    /** cAER AEDAT 3.1 (DVS128 Gesture). */
    AEDAT31(new Aedat31Reader()),
    /** DV AEDAT 4.0. */
    AEDAT4(new Aedat4Reader());

    private final EventReader reader;

    EventFormat(EventReader reader) {
        this.reader = reader;
    }

    /** The reader with default options for this format. */
    public EventReader reader() {
        return reader;
    }

    /**
     * Detects the format of {@code file}.
     *
     * @throws MalformedFileException if neither the header nor the extension identifies a format
     */
    public static EventFormat detect(Path file) throws IOException {
        InputFiles.requireRegular(file);
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(16);
        }
        String start = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1);
        if (start.startsWith("#!AER-DAT4")) {
            return AEDAT4;
        }
        if (start.startsWith("#!AER-DAT3")) {
            return AEDAT31;
        }
        if (start.startsWith("#")) {
            return AEDAT2;
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".bin") || name.endsWith(".bs2")) {
            return NMNIST_BIN;
        }
        throw new MalformedFileException(file.toString(), 0, "unknown event format: no #!AER-DAT header "
                + "and not a .bin/.bs2 file");
    }

    /** Detects the format and reads {@code file} with the default reader. */
    public static Events readAny(Path file) throws IOException {
        return detect(file).reader().read(file);
    }
}
