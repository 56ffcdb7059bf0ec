package org.snn4j.datasets.download;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractorTest {
    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    @Test
    void tarGzWithDirectoriesLongNamesAndEmptyFiles() throws IOException {
        String longName = "cifar-10-batches-bin/" + "x".repeat(120) + ".bin";
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("cifar-10-batches-bin/", new byte[0]);
        entries.put("cifar-10-batches-bin/batches.meta.txt", "airplane\nautomobile\n".getBytes());
        entries.put(longName, new byte[] {1, 2, 3});
        entries.put("cifar-10-batches-bin/empty.bin", new byte[0]);
        entries.put("cifar-10-batches-bin/block.bin", new byte[1024]);
        Path archive = write("c.tar.gz", Archives.tarGz(entries));
        Path out = dir.resolve("out");
        assertEquals(4, Extractor.extract(archive, ArchiveType.TAR_GZ, out));
        assertEquals("airplane\nautomobile\n", Files.readString(out.resolve("cifar-10-batches-bin/batches.meta.txt")));
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(out.resolve(longName)));
        assertEquals(0, Files.size(out.resolve("cifar-10-batches-bin/empty.bin")));
        assertEquals(1024, Files.size(out.resolve("cifar-10-batches-bin/block.bin")));
    }

    @Test
    void damagedTarHeaderNamesTheOffset() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("a.txt", "hello".getBytes());
        entries.put("b.txt", "world".getBytes());
        byte[] tar = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(Archives.tarGz(entries))).readAllBytes();
        tar[1024 + 10] ^= 0x20; // second header (after a.txt's header and data block)
        Path archive = write("bad.tar.gz", Archives.gzip(tar));
        IOException e = assertThrows(IOException.class, () -> Extractor.extract(archive, ArchiveType.TAR_GZ, dir.resolve("o")));
        assertTrue(e.getMessage().contains("tar header checksum mismatch at byte offset 1024"), e.getMessage());
    }

    @Test
    void zipSlipIsRefused() throws IOException {
        Path archive = write("evil.zip", Archives.zip(Map.of("../evil.txt", new byte[] {1})));
        IOException e = assertThrows(IOException.class, () -> Extractor.extract(archive, ArchiveType.ZIP, dir.resolve("o")));
        assertTrue(e.getMessage().contains("outside"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("evil.txt")));
        Path tar = write("evil.tar.gz", Archives.tarGz(Map.of("/etc/evil", new byte[] {1})));
        assertThrows(IOException.class, () -> Extractor.extract(tar, ArchiveType.TAR_GZ, dir.resolve("o")));
    }

    @Test
    void gzDecompressesNextToItsName() throws IOException {
        Path archive = write("labels.idx.gz", Archives.gzip(new byte[] {0, 0, 8, 1}));
        assertEquals(1, Extractor.extract(archive, ArchiveType.GZ, dir.resolve("o")));
        assertArrayEquals(new byte[] {0, 0, 8, 1}, Files.readAllBytes(dir.resolve("o/labels.idx")));
        assertEquals(0, Extractor.extract(archive, ArchiveType.NONE, dir.resolve("o")));
    }

    @Test
    void truncatedTarIsAnError() throws IOException {
        byte[] tar = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(
                Archives.tarGz(Map.of("a.bin", new byte[2000])))).readAllBytes();
        Path archive = write("t.tar.gz", Archives.gzip(java.util.Arrays.copyOf(tar, 1200)));
        IOException e = assertThrows(IOException.class, () -> Extractor.extract(archive, ArchiveType.TAR_GZ, dir.resolve("o")));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }
}
