package org.snn4j.autograd.checkpoint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.snn4j.autograd.nn.LayerJson;

/** Reading and writing the versioned JSON files of a checkpoint, with one-line errors. */
final class CheckpointJson {
    private CheckpointJson() {
    }

    /** A new object {@code {"format": format, "version": version}}. */
    static ObjectNode header(String format, int version) {
        ObjectNode n = LayerJson.mapper().createObjectNode();
        n.put("format", format);
        n.put("version", version);
        return n;
    }

    static void write(Path file, JsonNode node) throws IOException {
        AtomicFiles.writeString(file, LayerJson.mapper().writeValueAsString(node) + "\n");
    }

    /** Parses {@code file} as a JSON object. */
    static ObjectNode read(Path file) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CheckpointFormatException(file, "file is missing; not a complete snn4j checkpoint", e);
        }
        try {
            JsonNode n = LayerJson.mapper().readTree(new String(bytes, StandardCharsets.UTF_8));
            if (n == null || !n.isObject()) {
                throw new CheckpointFormatException(file, "expected a JSON object");
            }
            return (ObjectNode) n;
        } catch (JsonProcessingException e) {
            throw new CheckpointFormatException(file, "not valid JSON: " + message(e), e);
        }
    }

    /** Reads {@code file} and checks its {@code format} and {@code version} fields. */
    static ObjectNode readVersioned(Path file, String format, int version) throws IOException {
        return readVersioned(file, format, version, version);
    }

    /** Reads {@code file} and checks its {@code format} and that its {@code version} is in {@code [oldest, newest]}. */
    static ObjectNode readVersioned(Path file, String format, int oldest, int newest) throws IOException {
        ObjectNode n = read(file);
        JsonNode f = n.get("format");
        if (f == null || !format.equals(f.asText())) {
            throw new CheckpointFormatException(file, "field 'format' is " + f + ", expected \"" + format + "\"");
        }
        JsonNode v = n.get("version");
        if (v == null || !v.canConvertToInt() || v.asInt() < oldest || v.asInt() > newest) {
            throw new CheckpointFormatException(file, "field 'version' is " + v + "; this snn4j reads version "
                    + (oldest == newest ? String.valueOf(newest) : oldest + ".." + newest));
        }
        return n;
    }

    /** The field {@code name} of {@code n}, or an error naming it. */
    static JsonNode required(Path file, ObjectNode n, String name) throws CheckpointFormatException {
        JsonNode v = n.get(name);
        if (v == null || v.isNull()) {
            throw new CheckpointFormatException(file, "field '" + name + "' is missing");
        }
        return v;
    }

    static String message(JsonProcessingException e) {
        String m = e.getOriginalMessage().replace('\n', ' ');
        if (e instanceof JsonMappingException jm && !jm.getPath().isEmpty()) {
            m += " at " + jm.getPathReference();
        }
        return m;
    }
}
