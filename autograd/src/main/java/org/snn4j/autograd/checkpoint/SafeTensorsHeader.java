package org.snn4j.autograd.checkpoint;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parsing and validation of a safetensors JSON header (see {@link SafeTensors}). */
final class SafeTensorsHeader {
    static final String METADATA = "__metadata__";

    /** One tensor's header entry; offsets are relative to the start of the data section. */
    record Entry(String name, SafeTensorsDtype dtype, long[] shape, long begin, long end) {
        /** Product of the shape; {@link ArithmeticException} if it overflows a long. */
        long elements() {
            long n = 1;
            for (long d : shape) {
                n = Math.multiplyExact(n, d);
            }
            return n;
        }
    }

    private SafeTensorsHeader() {
    }

    /** Every tensor entry, in header order. */
    static List<Entry> entries(Path file, JsonNode header) throws CheckpointFormatException {
        List<Entry> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = header.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getKey().equals(METADATA)) {
                out.add(entry(file, e.getKey(), e.getValue()));
            }
        }
        return out;
    }

    private static Entry entry(Path file, String name, JsonNode v) throws CheckpointFormatException {
        String at = "header: tensor '" + name + "'";
        if (!v.isObject()) {
            throw new CheckpointFormatException(file, at + " is not an object");
        }
        JsonNode dt = v.get("dtype");
        SafeTensorsDtype dtype = dt != null && dt.isTextual() ? SafeTensorsDtype.parse(dt.asText()) : null;
        if (dtype == null) {
            throw new CheckpointFormatException(file, at + ": dtype " + dt + " is not supported (F32, F64, I64)");
        }
        long[] shape = naturals(file, at + ": shape", v.get("shape"), -1);
        long[] offsets = naturals(file, at + ": data_offsets", v.get("data_offsets"), 2);
        if (offsets[1] < offsets[0]) {
            throw new CheckpointFormatException(file, at + ": data_offsets " + Arrays.toString(offsets) + " end before they begin");
        }
        Entry e = new Entry(name, dtype, shape, offsets[0], offsets[1]);
        long need;
        try {
            need = Math.multiplyExact(e.elements(), (long) dtype.bytes);
        } catch (ArithmeticException overflow) {
            throw new CheckpointFormatException(file, at + ": shape " + Arrays.toString(shape) + " has more than 2^63 bytes");
        }
        if (offsets[1] - offsets[0] != need) {
            throw new CheckpointFormatException(file, at + ": data_offsets " + Arrays.toString(offsets) + " span "
                    + (offsets[1] - offsets[0]) + " bytes but shape " + Arrays.toString(shape) + " x " + dtype + " needs " + need);
        }
        return e;
    }

    private static long[] naturals(Path file, String what, JsonNode a, int length) throws CheckpointFormatException {
        if (a == null || !a.isArray() || (length >= 0 && a.size() != length)) {
            throw new CheckpointFormatException(file, what + " must be an array of " + (length >= 0 ? length + " " : "")
                    + "non-negative integers, got " + a);
        }
        long[] out = new long[a.size()];
        for (int i = 0; i < out.length; i++) {
            JsonNode x = a.get(i);
            if (!x.canConvertToExactIntegral() || !x.canConvertToLong() || x.asLong() < 0) {
                throw new CheckpointFormatException(file, what + " must hold non-negative integers, got " + a);
            }
            out[i] = x.asLong();
        }
        return out;
    }

    /** The {@code __metadata__} map (string values only), or an empty map. */
    static Map<String, String> metadata(Path file, JsonNode header) throws CheckpointFormatException {
        Map<String, String> out = new LinkedHashMap<>();
        JsonNode m = header.get(METADATA);
        if (m == null) {
            return out;
        }
        if (!m.isObject()) {
            throw new CheckpointFormatException(file, "header: " + METADATA + " must be an object of strings");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = m.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isTextual()) {
                throw new CheckpointFormatException(file, "header: " + METADATA + "." + e.getKey() + " must be a string");
            }
            out.put(e.getKey(), e.getValue().asText());
        }
        return out;
    }

    /**
     * Checks that the tensors tile the data section exactly: sorted by offset they start at 0,
     * each begins where the previous ends, and the last ends at {@code dataBytes}.
     */
    static void checkLayout(Path file, List<Entry> entries, long dataStart, long dataBytes) throws CheckpointFormatException {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingLong(Entry::begin).thenComparingLong(Entry::end));
        long expected = 0;
        String previous = null;
        for (Entry e : sorted) {
            if (e.begin() != expected) {
                String where = previous == null ? "the data section starts at 0" : "tensor '" + previous + "' ends at " + expected;
                throw new CheckpointFormatException(file, "header: tensor '" + e.name() + "' begins at data offset "
                        + e.begin() + " but " + where + " (" + (e.begin() < expected ? "overlap" : "gap") + ")");
            }
            expected = e.end();
            previous = e.name();
        }
        if (expected > dataBytes) {
            throw new CheckpointFormatException(file, "truncated: tensor '" + previous + "' ends at data offset " + expected
                    + " (file offset " + (dataStart + expected) + ") but the file has only " + dataBytes
                    + " data bytes (file size " + (dataStart + dataBytes) + ")");
        }
        if (expected < dataBytes) {
            throw new CheckpointFormatException(file, (dataBytes - expected) + " unindexed bytes after the last tensor at file offset "
                    + (dataStart + expected));
        }
    }
}
