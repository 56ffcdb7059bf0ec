package org.snn4j.datasets.emulator;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.snn4j.datasets.events.Events;
import org.snn4j.datasets.io.Aedat2Writer;
import org.snn4j.datasets.io.NMnistBinWriter;

/** File formats the emulator can write, through the {@code io} writers. */
public enum EventFileFormat {
    /** N-MNIST 40-bit {@code .bin} (sensor up to 256×240), read by {@code NMnistBinReader}. */
    NMNIST_BIN(".bin"),
    /** jAER AEDAT 2.0 DVS128 {@code .aedat} (128×128, upright orientation), read by {@code Aedat2Reader}. */
    AEDAT2(".aedat");

    private final String extension;

    EventFileFormat(String extension) {
        this.extension = extension;
    }

    /** File name extension including the dot. */
    public String extension() {
        return extension;
    }

    /** The file's bytes. */
    public byte[] encode(Events events) {
        return this == NMNIST_BIN ? NMnistBinWriter.encode(events) : new Aedat2Writer().encode(events);
    }

    /** Writes {@code events} to {@code file} atomically (temporary sibling, then rename). */
    public void write(Events events, Path file) throws IOException {
        byte[] bytes = encode(events);
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
