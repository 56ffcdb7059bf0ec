package org.snn4j.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.snn4j.autograd.nn.LayerJson;
import org.snn4j.experiment.config.ExperimentConfig;

/**
 * Reads experiment configs: JSON (or YAML: {@code .yaml}/{@code .yml} files) text or files (a config, a run report — its {@code config} — or a
 * checkpoint's {@code model.json} — its {@code metadata.config}), {@code --set a.b.c=VALUE} edits of
 * the tree, and the strict binding of a resolved tree to {@link ExperimentConfig}. Every user error
 * is a one-line {@link ConfigException} naming the JSON path.
 */
public final class ConfigLoader {
    private static final ObjectMapper MAPPER = LayerJson.mapper().copy()
            .disable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES);

    private static final ObjectMapper YAML = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper();

    private ConfigLoader() {
    }

    /** The mapper configs are read and written with (strict: unknown keys are errors). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Parses JSON text; a report or checkpoint file yields its embedded config. */
    public static ObjectNode parse(String json, String source) {
        return parse(json, source, MAPPER);
    }

    /** Parses YAML text (the same tree as JSON: a config, report or checkpoint). */
    public static ObjectNode parseYaml(String yaml, String source) {
        return parse(yaml, source, YAML);
    }

    private static ObjectNode parse(String json, String source, ObjectMapper mapper) {
        JsonNode n;
        try {
            n = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ConfigException("", source + " is not valid " + (mapper == YAML ? "YAML" : "JSON") + " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + "): " + ConfigErrors.firstLine(e.getOriginalMessage()));
        }
        if (n == null || !n.isObject()) {
            throw new ConfigException("", source + " must hold a JSON object");
        }
        if (n.get("config") instanceof ObjectNode c && n.has("epochs")) {
            return c;
        }
        if (n.path("metadata").get("config") instanceof ObjectNode c && n.has("model")) {
            return c;
        }
        if (n.has("model") && n.has("metadata")) {
            throw new ConfigException("", source + " is a checkpoint without an experiment config (written by an"
                    + " older snn4j or from Java without Experiment); train it from a config file instead");
        }
        return (ObjectNode) n;
    }

    /** Reads a config (JSON, or YAML by extension), report or checkpoint file ({@code model.json}, or its folder). */
    public static ObjectNode read(Path file) throws IOException {
        Path f = Files.isDirectory(file) ? file.resolve("model.json") : file;
        try {
            String name = f.getFileName().toString();
            return name.endsWith(".yaml") || name.endsWith(".yml") ? parseYaml(Files.readString(f), f.toString())
                    : parse(Files.readString(f), f.toString());
        } catch (NoSuchFileException e) {
            throw new ConfigException("", "no such file: " + f);
        }
    }

    /**
     * Applies {@code a.b[2].c=VALUE} edits in order. VALUE is parsed as JSON when it is a number,
     * boolean, null, array, object or quoted string, and taken as a plain string otherwise. Missing
     * objects on the path are created.
     */
    public static ObjectNode set(ObjectNode tree, List<String> edits) {
        ObjectNode out = tree.deepCopy();
        for (String edit : edits) {
            int eq = edit.indexOf('=');
            if (eq <= 0) {
                throw new ConfigException("", "--set needs path=value, got \"" + edit + "\"");
            }
            String path = edit.substring(0, eq).trim();
            JsonNode value = value(edit.substring(eq + 1));
            setAt(out, path, value);
        }
        return out;
    }

    private static JsonNode value(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            return JsonNodeFactory.instance.textNode(text);
        }
    }

    private static void setAt(ObjectNode root, String path, JsonNode value) {
        String[] parts = path.split("\\.");
        JsonNode cur = root;
        String walked = "";
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            int index = -1;
            int br = part.indexOf('[');
            if (br >= 0) {
                if (!part.endsWith("]")) {
                    throw new ConfigException(path, "malformed --set path");
                }
                index = Integer.parseInt(part.substring(br + 1, part.length() - 1));
                part = part.substring(0, br);
            }
            walked = ConfigTree.at(walked, part);
            boolean last = i == parts.length - 1;
            ObjectNode obj = (ObjectNode) cur;
            if (index < 0) {
                if (last) {
                    obj.set(part, value);
                    return;
                }
                JsonNode next = obj.get(part);
                if (next == null || next.isNull()) {
                    next = obj.putObject(part);
                } else if (!next.isObject()) {
                    throw new ConfigException(walked, "is not an object, cannot set " + path);
                }
                cur = next;
            } else {
                if (!(obj.get(part) instanceof ArrayNode arr) || index >= arr.size()) {
                    throw new ConfigException(walked + "[" + index + "]", "no such list element");
                }
                walked += "[" + index + "]";
                if (last) {
                    arr.set(index, value);
                    return;
                }
                if (!arr.get(index).isObject()) {
                    throw new ConfigException(walked, "is not an object, cannot set " + path);
                }
                cur = arr.get(index);
            }
        }
    }

    /** Binds a resolved tree (from {@link ConfigResolver}) strictly. */
    public static ExperimentConfig bind(ObjectNode resolved) {
        try {
            return MAPPER.treeToValue(resolved, ExperimentConfig.class);
        } catch (JsonProcessingException e) {
            throw ConfigErrors.of("", e);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("", e.getMessage());
        }
    }

    /** The config as a JSON tree. */
    public static ObjectNode toTree(ExperimentConfig config) {
        return MAPPER.valueToTree(config);
    }

    /** The config as indented JSON text. */
    public static String toJson(ExperimentConfig config) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(config);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write config: " + e.getOriginalMessage(), e);
        }
    }
}
