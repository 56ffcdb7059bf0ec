package org.snn4j.datasets.io;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The checks every reader makes before it opens or allocates: the path is an existing regular
 * file (a FIFO, device or directory is refused before a byte is read, so nothing can block), and
 * a size about to be allocated fits the Java heap.
 *
 * <p>Heap limit: a buffer of {@code n} bytes is refused when {@code n} exceeds the heap still
 * available ({@code Runtime.maxMemory()} minus the memory in use). The error names the file, the
 * size and the {@code SNN4J_JAVA_OPTS} setting that raises the limit, instead of an
 * {@code OutOfMemoryError} later.
 */
public final class InputFiles {
    private static final double GIB = 1024.0 * 1024 * 1024;

    private InputFiles() {
    }

    /**
     * Returns the size of {@code file} if it is a regular file.
     *
     * @throws NoSuchFileException if it does not exist ("PATH: no such file")
     * @throws FileSystemException if it is a directory, FIFO, device or socket
     */
    public static long requireRegular(Path file) throws IOException {
        if (Files.isRegularFile(file)) {
            return Files.size(file);
        }
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        if (Files.isDirectory(file)) {
            throw new FileSystemException(file.toString(), null, "is a directory, expected a data file");
        }
        throw new FileSystemException(file.toString(), null,
                "is not a regular file (a FIFO, device or socket); refusing to read it");
    }

    /**
     * Refuses to allocate {@code bytes} for {@code what} of {@code source} when the Java heap cannot
     * hold them.
     */
    public static void requireHeap(String source, long bytes, String what) throws HeapLimitException {
        Runtime rt = Runtime.getRuntime();
        long used = rt.totalMemory() - rt.freeMemory();
        long available = rt.maxMemory() - used;
        if (bytes > available) {
            long suggestGiB = (long) Math.ceil((bytes + used) * 1.5 / GIB) + 1;
            throw new HeapLimitException(String.format(Locale.ROOT,
                    "%s: %s needs %,d bytes (%.2f GiB) but the Java heap has only %.2f GiB available of %.2f GiB; "
                            + "raise it, e.g. SNN4J_JAVA_OPTS=-Xmx%dg", source, what, bytes, bytes / GIB,
                    available / GIB, rt.maxMemory() / GIB, suggestGiB));
        }
    }
}
