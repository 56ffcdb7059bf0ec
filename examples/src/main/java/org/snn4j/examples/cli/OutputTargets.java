package org.snn4j.examples.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.snn4j.autograd.checkpoint.Checkpoint;

/**
 * Checks, before any data is loaded or any epoch runs, that the places a command will write to
 * can be written: the folder exists or can be created, and a probe file of one 4 KiB block can be
 * written, flushed to disk and deleted there (this catches read-only mounts, {@code /proc},
 * missing permissions and full disks). Errors name the option, the path and the OS cause.
 */
final class OutputTargets {
    private static final int PROBE_BYTES = 4096;

    private OutputTargets() {
    }

    /** A file the command will (re)write, e.g. {@code --report}; null is fine (not requested). */
    static void file(String option, Path file) throws IOException {
        if (file == null) {
            return;
        }
        if (Files.isDirectory(file)) {
            throw new IOException(option + " " + file + ": is a directory, expected a file name");
        }
        Path parent = file.toAbsolutePath().normalize().getParent();
        probe(option, file, parent);
    }

    /** A folder the command writes files into, e.g. {@code --out}; null is fine. */
    static void folder(String option, Path dir) throws IOException {
        if (dir == null) {
            return;
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IOException(option + " " + dir + ": is a file, expected a folder");
        }
        probe(option, dir, dir.toAbsolutePath().normalize());
    }

    /** A checkpoint folder {@link Checkpoint#save} will replace after every epoch; null is fine. */
    static void checkpoint(String option, Path dir) throws IOException {
        if (dir == null) {
            return;
        }
        try {
            Checkpoint.requireReplaceable(dir);
        } catch (IOException e) {
            throw new IOException(option + " " + e.getMessage(), e);
        }
        probe(option, dir, dir.toAbsolutePath().normalize().getParent());
    }

    private static void probe(String option, Path target, Path folder) throws IOException {
        Path probe = null;
        try {
            Files.createDirectories(folder);
            probe = Files.createTempFile(folder, ".snn4j-probe-", ".tmp");
            try (FileChannel ch = FileChannel.open(probe, StandardOpenOption.WRITE)) {
                ch.write(ByteBuffer.allocate(PROBE_BYTES));
                ch.force(true);
            }
        } catch (IOException e) {
            throw new IOException(option + " " + target + ": cannot write in " + folder + ": " + cause(e), e);
        } finally {
            if (probe != null) {
                Files.deleteIfExists(probe);
            }
        }
    }

    /** The OS reason of a file-system error ("Read-only file system", "No space left on device", ...). */
    static String cause(IOException e) {
        if (e instanceof FileSystemException fs) {
            return fs.getReason() != null ? fs.getReason() : CliErrors.reason(fs);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
