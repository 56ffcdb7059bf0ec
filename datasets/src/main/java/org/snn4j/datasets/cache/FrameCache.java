package org.snn4j.datasets.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.snn4j.datasets.transforms.Frames;

/**
 * Preprocessed frames on disk, one checksummed file per (dataset, sample, configuration); see
 * {@link CacheKey} for the layout and {@link FrameEntryCodec} for the entry format.
 *
 * <p>Writes go to a temporary file in the entry's folder and are then renamed over the entry
 * (atomically where the file system allows), so readers see either the old or the new entry.
 * Each configuration folder also holds {@code config.txt} with the full configuration text; a
 * different text under the same hash is reported instead of silently mixing entries. A corrupt
 * entry is deleted, counted in {@link CacheStats#rebuilt()} and recomputed by
 * {@link #getOrCompute}. Safe for concurrent use by several threads.
 */
public final class FrameCache {
    private static final ThreadLocal<ByteBuffer[]> READ_BUFFER = ThreadLocal.withInitial(() -> new ByteBuffer[1]);

    private final Path root;
    private final Set<Path> checkedConfigs = ConcurrentHashMap.newKeySet();
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();
    private final AtomicLong rebuilt = new AtomicLong();

    /** A cache under {@code root} (created on the first write). */
    public FrameCache(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** Where the entry for {@code key} lives. */
    public Path path(CacheKey key) {
        return root.resolve(key.relativePath());
    }

    /** Counters since this object was created. */
    public CacheStats stats() {
        return new CacheStats(hits.get(), misses.get(), rebuilt.get());
    }

    /**
     * Reads the entry for {@code key}, computing and storing it on a miss or if it is corrupt.
     */
    public Frames getOrCompute(CacheKey key, FrameSupplier supplier) throws IOException {
        Optional<Frames> cached = read(key);
        if (cached.isPresent()) {
            return cached.get();
        }
        Frames frames = supplier.get();
        write(key, frames);
        return frames;
    }

    /** True if a valid entry exists for {@code key} (a corrupt one is deleted and counted). */
    public boolean contains(CacheKey key) throws IOException {
        if (load(key) == null) {
            return false;
        }
        hits.incrementAndGet();
        return true;
    }

    /** The entry for {@code key}, or empty if absent or corrupt (a corrupt entry is deleted). */
    public Optional<Frames> read(CacheKey key) throws IOException {
        ByteBuffer b = load(key);
        if (b == null) {
            return Optional.empty();
        }
        int[] shape = FrameEntryCodec.shape(b);
        float[] data = new float[Math.toIntExact((b.limit() - FrameEntryCodec.dataOffset(shape.length) - 4) / 4)];
        copyData(b, shape.length, data);
        hits.incrementAndGet();
        return Optional.of(new Frames(data, shape));
    }

    /**
     * Reads the entry for {@code key} straight into {@code dest} if it exists, is valid and has
     * shape {@code shape}; reuses a per-thread read buffer, so steady-state reads allocate no arrays.
     *
     * @return false if the entry is absent, corrupt (then deleted) or of another shape
     */
    public boolean readInto(CacheKey key, int[] shape, float[] dest) throws IOException {
        ByteBuffer b = load(key);
        if (b == null) {
            return false;
        }
        if (!FrameEntryCodec.hasShape(b, shape)) {
            return false;
        }
        copyData(b, shape.length, dest);
        hits.incrementAndGet();
        return true;
    }

    /** Stores {@code frames} under {@code key}, atomically replacing any previous entry. */
    public void write(CacheKey key, Frames frames) throws IOException {
        Path file = path(key);
        Files.createDirectories(file.getParent());
        checkConfig(key);
        atomicWrite(file, FrameEntryCodec.encode(frames));
    }

    /** Reads the file into the thread's buffer; null if absent or corrupt (then deleted and counted). */
    private ByteBuffer load(CacheKey key) throws IOException {
        Path file = path(key);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size > Integer.MAX_VALUE - 8) {
                return corrupt(file);
            }
            ByteBuffer b = buffer((int) size);
            while (b.hasRemaining() && ch.read(b) >= 0) {
                // keep reading
            }
            b.flip();
            FrameEntryCodec.validate(b, file.toString());
            return b;
        } catch (NoSuchFileException e) {
            misses.incrementAndGet();
            return null;
        } catch (CorruptEntryException e) {
            return corrupt(file);
        }
    }

    private ByteBuffer corrupt(Path file) throws IOException {
        rebuilt.incrementAndGet();
        Files.deleteIfExists(file);
        return null;
    }

    private static ByteBuffer buffer(int size) {
        ByteBuffer[] holder = READ_BUFFER.get();
        if (holder[0] == null || holder[0].capacity() < size) {
            holder[0] = ByteBuffer.allocate(Math.max(size, 4096)).order(ByteOrder.LITTLE_ENDIAN);
        }
        ByteBuffer b = holder[0];
        b.clear().limit(size);
        return b;
    }

    private static void copyData(ByteBuffer b, int rank, float[] dest) {
        int offset = FrameEntryCodec.dataOffset(rank);
        int n = (b.limit() - offset - FrameEntryCodec.CRC_BYTES) / 4;
        for (int i = 0; i < n; i++) {
            dest[i] = b.getFloat(offset + 4 * i);
        }
    }

    private void checkConfig(CacheKey key) throws IOException {
        Path dir = root.resolve(key.dataset()).resolve(key.configHash());
        if (checkedConfigs.contains(dir)) {
            return;
        }
        Path file = dir.resolve("config.txt");
        if (Files.exists(file)) {
            String existing = Files.readString(file, StandardCharsets.UTF_8);
            if (!existing.equals(key.config())) {
                throw new IOException(file + " holds a different configuration with the same hash: '" + existing
                        + "' vs '" + key.config() + "'; delete the folder " + dir);
            }
        } else {
            atomicWrite(file, key.config().getBytes(StandardCharsets.UTF_8));
        }
        checkedConfigs.add(dir);
    }

    /** Writes {@code bytes} to a temporary sibling, then renames it over {@code file}. */
    static void atomicWrite(Path file, byte[] bytes) throws IOException {
        Path tmp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
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
