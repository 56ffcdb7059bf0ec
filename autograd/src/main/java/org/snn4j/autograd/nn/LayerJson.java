package org.snn4j.autograd.nn;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * JSON form of {@link LayerSpec}s: {@code {"type": "<registry name>", <record components>...}}.
 *
 * <p>Reading is strict: an unknown type name, an unknown property, or a missing or null
 * component is an error (a record's own constructor then validates the values).
 */
public final class LayerJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    /**
     * The Jackson attribute holding the model format version of the file being read (an
     * {@code Integer}); absent means {@link #MODEL_FORMAT_VERSION}. Version 1 files name STBP's
     * LIF {@code "lif"}, version 2 files name it {@code "lif-stbp"} (see the neurons module).
     */
    public static final String FORMAT_VERSION = "snn4j.modelFormatVersion";

    /** The model format version this snn4j writes. */
    public static final int MODEL_FORMAT_VERSION = 2;

    private LayerJson() {
    }

    /** A mapper configured as above; thread-safe, shared. Do not reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** The spec as a JSON tree (with its {@code "type"} property). */
    public static JsonNode toTree(LayerSpec spec) {
        try {
            return MAPPER.readTree(MAPPER.writerFor(LayerSpec.class).writeValueAsString(spec));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + spec + " as JSON: " + oneLine(e), e);
        }
    }

    /** The spec as indented JSON text. */
    public static String toJson(LayerSpec spec) {
        try {
            return MAPPER.writerFor(LayerSpec.class).writeValueAsString(spec);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + spec + " as JSON: " + oneLine(e), e);
        }
    }

    /**
     * Reads a spec from a JSON tree.
     *
     * @throws IllegalArgumentException with Jackson's one-line reason (unknown type, bad field)
     */
    public static LayerSpec fromTree(JsonNode node) {
        return fromTree(node, MODEL_FORMAT_VERSION);
    }

    /**
     * Reads a spec written in model format {@code formatVersion} (1 or 2).
     *
     * @throws IllegalArgumentException with Jackson's one-line reason (unknown type, bad field)
     */
    public static LayerSpec fromTree(JsonNode node, int formatVersion) {
        if (formatVersion < 1 || formatVersion > MODEL_FORMAT_VERSION) {
            throw new IllegalArgumentException("model format version " + formatVersion + " is not 1.."
                    + MODEL_FORMAT_VERSION);
        }
        try {
            return MAPPER.readerFor(LayerSpec.class).withAttribute(FORMAT_VERSION, formatVersion).readValue(node);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("invalid layer spec: " + oneLine(e), e);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("invalid layer spec: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid layer spec: " + e.getMessage(), e);
        }
    }

    /** Reads a spec from JSON text. */
    public static LayerSpec fromJson(String json) {
        try {
            return fromTree(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("invalid layer spec JSON: " + oneLine(e), e);
        }
    }

    /** Jackson's message without the multi-line source excerpt, plus the JSON path when known. */
    static String oneLine(JsonProcessingException e) {
        String msg = e.getOriginalMessage().replace('\n', ' ');
        if (e instanceof com.fasterxml.jackson.databind.JsonMappingException m && !m.getPath().isEmpty()) {
            msg += " at " + m.getPathReference();
        }
        return msg;
    }
}
