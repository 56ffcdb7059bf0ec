package org.snn4j.datasets.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snn4j.datasets.transforms.Frames;

class FrameCacheTest {
    @TempDir
    Path dir;

    private static final CacheKey KEY = new CacheKey("nmnist-train", "Train/5/00001", "ToFrames[T=2]");
    private static final Frames FRAMES = new Frames(new float[] {1, 2, 3, 4, 5, 6}, 2, 3);

    @Test
    void entryLayoutIsDatasetHashAndSampleId() {
        FrameCache cache = new FrameCache(dir);
        assertEquals(16, KEY.configHash().length());
        assertEquals(dir.toAbsolutePath().resolve("nmnist-train/" + KEY.configHash() + "/Train/5/00001.frames"),
                cache.path(KEY));
    }

    @Test
    void entryBytesFollowTheDocumentedLayout() {
        byte[] b = FrameEntryCodec.encode(FRAMES);
        assertEquals(12 + 8 + 24 + 4, b.length);
        ByteBuffer bb = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals("SNNF", new String(b, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(1, bb.getInt(4));
        assertEquals(2, bb.getInt(8));
        assertEquals(3, bb.getInt(16));
        assertEquals(6f, bb.getFloat(20 + 20));
    }

    @Test
    void roundTripAndStats() throws IOException {
        FrameCache cache = new FrameCache(dir);
        assertEquals(Optional.empty(), cache.read(KEY));
        cache.write(KEY, FRAMES);
        assertEquals(FRAMES, cache.read(KEY).orElseThrow());
        float[] dest = new float[6];
        assertTrue(cache.readInto(KEY, new int[] {2, 3}, dest));
        assertArrayEquals(FRAMES.data(), dest);
        assertFalse(cache.readInto(KEY, new int[] {3, 2}, dest));
        assertEquals(new CacheStats(2, 1, 0), cache.stats());
        assertEquals("ToFrames[T=2]", Files.readString(cache.path(KEY).getParent().getParent().getParent()
                .resolve("config.txt")));
    }

    @Test
    void getOrComputeComputesOnlyOnce() throws IOException {
        FrameCache cache = new FrameCache(dir);
        AtomicInteger calls = new AtomicInteger();
        FrameSupplier supplier = () -> {
            calls.incrementAndGet();
            return FRAMES;
        };
        assertEquals(FRAMES, cache.getOrCompute(KEY, supplier));
        assertEquals(FRAMES, new FrameCache(dir).getOrCompute(KEY, supplier));
        assertEquals(1, calls.get());
    }

    /** Ways to damage an entry: flip a data byte, flip the CRC, truncate, wrong magic, empty. */
    @ParameterizedTest
    @ValueSource(strings = {"flip-data", "flip-crc", "truncate", "magic", "empty", "append"})
    void corruptEntryIsDetectedDeletedAndRebuilt(String damage) throws IOException {
        FrameCache cache = new FrameCache(dir);
        cache.write(KEY, FRAMES);
        Path file = cache.path(KEY);
        byte[] b = Files.readAllBytes(file);
        switch (damage) {
            case "flip-data" -> b[25] ^= 0x10;
            case "flip-crc" -> b[b.length - 1] ^= 0x01;
            case "truncate" -> b = java.util.Arrays.copyOf(b, b.length - 7);
            case "magic" -> b[0] = 'X';
            case "empty" -> b = new byte[0];
            default -> b = java.util.Arrays.copyOf(b, b.length + 3);
        }
        Files.write(file, b);
        AtomicInteger calls = new AtomicInteger();
        Frames rebuilt = cache.getOrCompute(KEY, () -> {
            calls.incrementAndGet();
            return FRAMES;
        });
        assertEquals(FRAMES, rebuilt);
        assertEquals(1, calls.get());
        assertEquals(1, cache.stats().rebuilt());
        assertEquals(FRAMES, cache.read(KEY).orElseThrow(), "the rebuilt entry is valid again");
    }

    @Test
    void validationNamesFileAndOffset() {
        byte[] b = FrameEntryCodec.encode(FRAMES);
        b[30] ^= 1;
        CorruptEntryException e = assertThrows(CorruptEntryException.class,
                () -> FrameEntryCodec.validate(ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN), "x.frames"));
        assertEquals("x.frames: corrupt cache entry at byte offset 44: CRC-32C mismatch", e.getMessage());
        byte[] big = FrameEntryCodec.encode(FRAMES);
        big[12] = 9; // first dimension 2 -> 9: 12 + 8 + 4 * 27 + 4 = 132 bytes
        assertEquals("x.frames: corrupt cache entry at byte offset 48: the header's shape needs 132 bytes but the file has 48",
                assertThrows(CorruptEntryException.class, () -> FrameEntryCodec.validate(
                        ByteBuffer.wrap(big).order(ByteOrder.LITTLE_ENDIAN), "x.frames")).getMessage());
    }

    @Test
    void writesLeaveNoTemporaryFiles() throws IOException {
        FrameCache cache = new FrameCache(dir);
        for (int i = 0; i < 5; i++) {
            cache.write(new CacheKey("d", "s" + i, "c"), FRAMES);
        }
        cache.write(new CacheKey("d", "s0", "c"), FRAMES);
        try (Stream<Path> s = Files.walk(dir)) {
            assertEquals(0, s.filter(p -> p.toString().endsWith(".tmp")).count());
        }
    }

    @Test
    void aDifferentConfigUnderTheSameHashIsRefused() throws IOException {
        FrameCache cache = new FrameCache(dir);
        Path config = dir.resolve("d").resolve(new CacheKey("d", "s", "c").configHash()).resolve("config.txt");
        Files.createDirectories(config.getParent());
        Files.writeString(config, "something else");
        IOException e = assertThrows(IOException.class, () -> cache.write(new CacheKey("d", "s", "c"), FRAMES));
        assertTrue(e.getMessage().contains("different configuration"), e.getMessage());
    }

    @Test
    void keysCannotEscapeTheRoot() {
        assertThrows(IllegalArgumentException.class, () -> new CacheKey("d", "../etc/passwd", "c"));
        assertThrows(IllegalArgumentException.class, () -> new CacheKey("a/b", "s", "c"));
        assertThrows(IllegalArgumentException.class, () -> new CacheKey("d", "Train//1", "c"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new CacheKey("d", "x y", "c")).getMessage()
                .startsWith("sampleId must be made of"));
    }
}
