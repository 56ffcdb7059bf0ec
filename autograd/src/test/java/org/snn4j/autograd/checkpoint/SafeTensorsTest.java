package org.snn4j.autograd.checkpoint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class SafeTensorsTest {
    @TempDir
    Path tmp;

    @Test
    void byteLayoutIsTheStandardOne() throws IOException {
        Path f = tmp.resolve("a.safetensors");
        SafeTensors.write(f, Map.of("a", Nd4j.createFromArray(1f, 2f)), Map.of());
        byte[] b = Files.readAllBytes(f);
        long n = ByteBuffer.wrap(b, 0, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
        String header = new String(b, 8, (int) n, StandardCharsets.UTF_8);
        assertEquals("{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}}", header.stripTrailing());
        assertEquals(0, (8 + n) % 8, "data starts 8-byte aligned");
        assertEquals(8 + n + 8, b.length);
        // 1.0f = 0x3F800000, 2.0f = 0x40000000, little-endian
        assertArrayEquals(new byte[] {0, 0, (byte) 0x80, 0x3F, 0, 0, 0, 0x40}, Arrays.copyOfRange(b, (int) (8 + n), b.length));
    }

    @Test
    void roundTripsTypesShapesLayoutsAndMetadata() throws IOException {
        Map<String, INDArray> in = new LinkedHashMap<>();
        in.put("w", Nd4j.arange(1, 7).castTo(DataType.FLOAT).reshape(2, 3));
        in.put("wT", Nd4j.arange(1, 7).castTo(DataType.FLOAT).reshape(2, 3).transpose());
        in.put("fOrder", Nd4j.arange(12).castTo(DataType.DOUBLE).subi(5.5).muli(0.25).reshape('f', 3, 4));
        in.put("scalar", Nd4j.scalar(2.5));
        in.put("count", Nd4j.createFromArray(1L, -2L, 1L << 40));
        in.put("empty", Nd4j.create(DataType.FLOAT, 0, 3));
        Path f = tmp.resolve("m.safetensors");
        SafeTensors.write(f, in, Map.of("producer", "snn4j", "epoch", "3"));
        SafeTensorsFile out = SafeTensors.read(f);
        assertEquals(List.copyOf(in.keySet()), List.copyOf(out.tensors().keySet()));
        for (String k : in.keySet()) {
            assertEquals(in.get(k).dataType(), out.tensors().get(k).dataType(), k);
            assertArrayEquals(in.get(k).shape(), out.tensors().get(k).shape(), k);
            assertEquals(in.get(k), out.tensors().get(k), k);
        }
        assertEquals(Map.of("producer", "snn4j", "epoch", "3"), out.metadata());
    }

    @Test
    void unsupportedTypeAndReservedNameAreRejectedOnWrite() {
        assertEquals("tensor 'h': data type HALF is not supported (FLOAT, DOUBLE, LONG)",
                assertThrows(IllegalArgumentException.class, () -> SafeTensors.write(tmp.resolve("x"),
                        Map.of("h", Nd4j.zeros(DataType.HALF, 2)), Map.of())).getMessage());
        assertThrows(IllegalArgumentException.class, () -> SafeTensors.write(tmp.resolve("x"),
                Map.of("__metadata__", Nd4j.zeros(2)), Map.of()));
    }

    /** A file with the given header text and {@code dataBytes} zero bytes of data. */
    private Path craft(String header, int dataBytes) throws IOException {
        byte[] h = header.getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = ByteBuffer.allocate(8 + h.length + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(h.length).put(h);
        Path f = tmp.resolve("bad.safetensors");
        Files.write(f, b.array());
        return f;
    }

    private String error(Path f) {
        return assertThrows(CheckpointFormatException.class, () -> SafeTensors.read(f)).getMessage();
    }

    @Test
    void corruptFilesGiveOneLineErrorsNamingFileAndOffset() throws IOException {
        Path f = tmp.resolve("short.safetensors");
        Files.write(f, new byte[5]);
        assertEquals(f + ": file is 5 bytes; a safetensors file starts with an 8-byte header length", error(f));

        Path g = tmp.resolve("long.safetensors");
        Files.write(g, ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putLong(1000).array());
        assertEquals(g + ": header length 1000 (bytes 0..7) exceeds the 8 bytes that follow (file size 16); truncated or"
                + " not a safetensors file", error(g));

        String t = "{\"t\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}}";
        assertEquals(true, error(craft(t.substring(0, t.length() - 1), 8)).contains(": header is not valid JSON"));
        assertEquals(craft("[1]", 0) + ": header at offset 8 does not start with '{'", error(craft("[1]", 0)));
        assertEquals(craft(t, 8) + ": header: tensor 't': dtype \"BF16\" is not supported (F32, F64, I64)",
                error(craft(t.replace("F32", "BF16"), 8)));
        assertEquals(craft(t, 8) + ": header: tensor 't': data_offsets [0, 8] span 8 bytes but shape [3] x F32 needs 12",
                error(craft(t.replace("[2]", "[3]"), 8)));
        assertEquals(craft(t, 8) + ": header: tensor 't': data_offsets must be an array of 2 non-negative integers, got [0]",
                error(craft(t.replace("[0,8]", "[0]"), 8)));
    }

    @Test
    void layoutMustTileTheDataSection() throws IOException {
        String two = "{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},"
                + "\"b\":{\"dtype\":\"F64\",\"shape\":[1],\"data_offsets\":[%d,%d]}}";
        Path gap = craft(String.format(two, 12, 20), 20);
        assertEquals(gap + ": header: tensor 'b' begins at data offset 12 but tensor 'a' ends at 8 (gap)", error(gap));
        Path overlap = craft(String.format(two, 4, 12), 12);
        assertEquals(overlap + ": header: tensor 'b' begins at data offset 4 but tensor 'a' ends at 8 (overlap)", error(overlap));
        String ok = String.format(two, 8, 16);
        Path truncated = craft(ok, 10);
        int n = ok.getBytes(StandardCharsets.UTF_8).length;
        assertEquals(truncated + ": truncated: tensor 'b' ends at data offset 16 (file offset " + (8 + n + 16)
                + ") but the file has only 10 data bytes (file size " + (8 + n + 10) + ")", error(truncated));
        Path trailing = craft(ok, 20);
        assertEquals(trailing + ": 4 unindexed bytes after the last tensor at file offset " + (8 + n + 16), error(trailing));
        Path dup = craft("{\"a\":{\"dtype\":\"F32\",\"shape\":[0],\"data_offsets\":[0,0]},"
                + "\"a\":{\"dtype\":\"F32\",\"shape\":[0],\"data_offsets\":[0,0]}}", 0);
        assertEquals(true, error(dup).contains("Duplicate field 'a'"), error(dup));
    }

    @Test
    void truncatingARealFileIsDetected() throws IOException {
        Path f = tmp.resolve("w.safetensors");
        SafeTensors.write(f, Map.of("w", Nd4j.ones(DataType.FLOAT, 10, 10)), Map.of());
        byte[] b = Files.readAllBytes(f);
        Files.write(f, Arrays.copyOf(b, b.length - 7));
        assertEquals(true, error(f).startsWith(f + ": truncated: tensor 'w' ends at data offset 400"), error(f));
        Files.write(f, Arrays.copyOf(b, 20));
        assertEquals(true, error(f).contains("exceeds the 12 bytes that follow"), error(f));
    }
}
