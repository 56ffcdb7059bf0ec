package org.snn4j.autograd.checkpoint;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Reader and writer of the safetensors format (Hugging Face), so weights stay readable from
 * Python tooling.
 *
 * <pre>
 * bytes [0, 8)        N, the header length: unsigned 64-bit little-endian
 * bytes [8, 8+N)      UTF-8 JSON object: {"name": {"dtype": "F32", "shape": [..], "data_offsets": [b, e]}, ...,
 *                     "__metadata__": {"key": "value"}}  (may end in spaces: padding)
 * bytes [8+N, end)    the data section; tensor bytes [b, e) relative to its start, row-major, little-endian
 * </pre>
 * Tensors must tile the data section with no gap or overlap. The writer emits tensors in map
 * order with increasing offsets, pads the header with spaces so the data starts 8-byte aligned,
 * and writes atomically. Supported types: F32, F64 and I64.
 */
public final class SafeTensors {
    /** Largest accepted header, as in the reference implementation. */
    static final long MAX_HEADER = 100_000_000L;
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private SafeTensors() {
    }

    /**
     * Atomically writes {@code tensors} (in map order) and {@code metadata} to {@code file}.
     *
     * @throws IllegalArgumentException for an unsupported data type or a reserved/empty name
     */
    public static void write(Path file, Map<String, INDArray> tensors, Map<String, String> metadata) throws IOException {
        ObjectNode header = JSON.createObjectNode();
        if (!metadata.isEmpty()) {
            ObjectNode m = header.putObject(SafeTensorsHeader.METADATA);
            metadata.forEach(m::put);
        }
        ByteBuffer[] parts = new ByteBuffer[tensors.size() + 1];
        long offset = 0;
        int i = 1;
        for (Map.Entry<String, INDArray> e : tensors.entrySet()) {
            ByteBuffer data = SafeTensorsData.encode(e.getKey(), e.getValue());
            ObjectNode t = header.putObject(e.getKey());
            t.put("dtype", SafeTensorsDtype.of(e.getValue().dataType()).name());
            long[] shape = e.getValue().shape();
            t.putArray("shape").addAll(java.util.Arrays.stream(shape).mapToObj(JSON.getNodeFactory()::numberNode).toList());
            t.putArray("data_offsets").add(offset).add(offset + data.remaining());
            offset += data.remaining();
            parts[i++] = data;
        }
        parts[0] = prefix(JSON.writeValueAsBytes(header));
        AtomicFiles.write(file, parts);
    }

    /** The 8-byte length plus the header, padded with spaces to an 8-byte boundary. */
    private static ByteBuffer prefix(byte[] json) {
        int padded = (json.length + 7) / 8 * 8;
        ByteBuffer b = ByteBuffer.allocate(8 + padded).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(padded).put(json);
        while (b.hasRemaining()) {
            b.put((byte) ' ');
        }
        return b.flip();
    }

    /**
     * Reads and validates a whole file.
     *
     * @throws CheckpointFormatException naming the file and the field or byte offset at fault
     */
    public static SafeTensorsFile read(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            Layout layout = layout(file, ch);
            Map<String, INDArray> tensors = new LinkedHashMap<>();
            for (SafeTensorsHeader.Entry e : layout.entries()) {
                long bytes = e.end() - e.begin();
                requireHeap(file, e.name(), bytes);
                ByteBuffer data = readFully(ch, layout.dataStart() + e.begin(), (int) bytes);
                tensors.put(e.name(), SafeTensorsData.decode(data, e.dtype(), e.shape()));
            }
            return new SafeTensorsFile(tensors, SafeTensorsHeader.metadata(file, layout.header()));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new CheckpointFormatException(file, "file does not exist", e);
        }
    }

    /** The number of elements of all tensors, from the validated header alone (no data is read). */
    static long elementCount(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long n = 0;
            for (SafeTensorsHeader.Entry e : layout(file, ch).entries()) {
                n += e.elements();
            }
            return n;
        } catch (java.nio.file.NoSuchFileException e) {
            throw new CheckpointFormatException(file, "file does not exist", e);
        }
    }

    /** The parsed header, its entries checked to tile the data section exactly. */
    private record Layout(JsonNode header, List<SafeTensorsHeader.Entry> entries, long dataStart) {
    }

    private static Layout layout(Path file, FileChannel ch) throws IOException {
        long size = ch.size();
        if (size < 8) {
            throw new CheckpointFormatException(file, "file is " + size + " bytes; a safetensors file starts with an"
                    + " 8-byte header length");
        }
        long n = readFully(ch, 0, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
        if (n < 0 || n > size - 8) {
            throw new CheckpointFormatException(file, "header length " + Long.toUnsignedString(n) + " (bytes 0..7) exceeds the "
                    + (size - 8) + " bytes that follow (file size " + size + "); truncated or not a safetensors file");
        }
        if (n > MAX_HEADER) {
            throw new CheckpointFormatException(file, "header length " + n + " exceeds the " + MAX_HEADER + "-byte limit");
        }
        JsonNode header = parseHeader(file, readFully(ch, 8, (int) n));
        List<SafeTensorsHeader.Entry> entries = SafeTensorsHeader.entries(file, header);
        SafeTensorsHeader.checkLayout(file, entries, 8 + n, size - 8 - n);
        return new Layout(header, entries, 8 + n);
    }

    /**
     * Refuses a tensor larger than one Java array, or than twice the free heap (it is read into a
     * buffer and then copied into an array), with the setting to raise.
     */
    private static void requireHeap(Path file, String tensor, long bytes) throws CheckpointFormatException {
        Runtime rt = Runtime.getRuntime();
        long available = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        if (bytes > Integer.MAX_VALUE - 8 || 2 * bytes > available) {
            throw new CheckpointFormatException(file, "tensor '" + tensor + "' has " + bytes + " bytes; reading it needs "
                    + 2 * bytes + " bytes of Java heap but " + available + " are available (raise it with SNN4J_JAVA_OPTS=-Xmx...)");
        }
    }

    private static JsonNode parseHeader(Path file, ByteBuffer bytes) throws CheckpointFormatException {
        String text = StandardCharsets.UTF_8.decode(bytes).toString();
        if (!text.startsWith("{")) {
            throw new CheckpointFormatException(file, "header at offset 8 does not start with '{'");
        }
        try {
            JsonNode node = JSON.readTree(text);
            if (node == null || !node.isObject()) {
                throw new CheckpointFormatException(file, "header at offset 8 is not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            long col = e.getLocation() == null ? -1 : e.getLocation().getCharOffset();
            throw new CheckpointFormatException(file, "header is not valid JSON (at header char " + col + "): "
                    + e.getOriginalMessage().replace('\n', ' '), e);
        }
    }

    private static ByteBuffer readFully(FileChannel ch, long position, int length) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(length);
        long pos = position;
        while (b.hasRemaining()) {
            int r = ch.read(b, pos);
            if (r < 0) {
                throw new EOFException("unexpected end of file at offset " + pos);
            }
            pos += r;
        }
        return b.flip();
    }
}
