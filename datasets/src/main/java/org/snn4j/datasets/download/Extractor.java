package org.snn4j.datasets.download;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Unpacks a verified download into a dataset folder.
 *
 * <p>Member paths are resolved against the destination and rejected if they would land outside
 * it ("zip slip": absolute paths or {@code ..} segments). Existing files are overwritten, so an
 * interrupted extraction can simply be repeated. Symbolic and hard links in tar archives are
 * skipped.
 */
public final class Extractor {
    private static final int BUFFER = 1 << 16;

    private Extractor() {
    }

    /**
     * Extracts {@code archive} of type {@code type} into {@code destination} (created if needed).
     * For {@link ArchiveType#NONE} nothing happens.
     *
     * @return the number of files written
     */
    public static int extract(Path archive, ArchiveType type, Path destination) throws IOException {
        Files.createDirectories(destination);
        return switch (type) {
            case NONE -> 0;
            case ZIP -> unzip(archive, destination);
            case TAR_GZ -> untar(archive, destination);
            case GZ -> gunzip(archive, destination);
        };
    }

    private static int unzip(Path archive, Path destination) throws IOException {
        int files = 0;
        try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(Files.newInputStream(archive), BUFFER))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                Path target = safeResolve(destination, e.getName(), archive);
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    copy(zip::read, target);
                    files++;
                }
            }
        }
        return files;
    }

    private static int untar(Path archive, Path destination) throws IOException {
        int files = 0;
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(archive), BUFFER), BUFFER)) {
            TarReader tar = new TarReader(in, archive.toString());
            for (TarReader.Entry e = tar.next(); e != null; e = tar.next()) {
                if (e.isDirectory()) {
                    Files.createDirectories(safeResolve(destination, e.name(), archive));
                } else if (e.isFile()) {
                    copy(tar::readData, safeResolve(destination, e.name(), archive));
                    files++;
                }
            }
        }
        return files;
    }

    private static int gunzip(Path archive, Path destination) throws IOException {
        String name = archive.getFileName().toString();
        String out = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name + ".out";
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(archive), BUFFER), BUFFER)) {
            copy(in::read, destination.resolve(out));
        }
        return 1;
    }

    /** {@code destination/name}, refusing names that escape {@code destination}. */
    static Path safeResolve(Path destination, String name, Path archive) throws IOException {
        Path root = destination.toAbsolutePath().normalize();
        Path target = root.resolve(name).normalize();
        if (name.startsWith("/") || name.startsWith("\\") || !target.startsWith(root) || target.equals(root)) {
            throw new IOException(archive + ": member '" + name + "' would be extracted outside " + root
                    + "; refusing to extract this archive");
        }
        return target;
    }

    /** A read function like {@link InputStream#read(byte[], int, int)}. */
    private interface Reader {
        int read(byte[] buf, int off, int len) throws IOException;
    }

    private static void copy(Reader in, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        byte[] buf = new byte[BUFFER];
        try (OutputStream out = Files.newOutputStream(target)) {
            for (int n = in.read(buf, 0, buf.length); n >= 0; n = in.read(buf, 0, buf.length)) {
                out.write(buf, 0, n);
            }
        }
    }
}
