package org.snn4j.experiment.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The loss section: {@code {"type": "<loss name>", <its settings>...}}. The names are
 * {@code cross-entropy} (softmax on {@code [B, C]}, for ANNs) and every classification loss of
 * {@link org.snn4j.losses.Losses#REGISTRY}; the settings are the loss record's fields.
 *
 * @param type     the loss name
 * @param settings the loss's fields (resolved: all of them)
 */
public record LossConfig(String type, Map<String, Object> settings) {
    public LossConfig {
        if (type == null || type.isBlank()) {
            throw new IllegalArgumentException("type is required");
        }
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings == null ? Map.of() : settings));
    }

    /** Reads the flat JSON object. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static LossConfig fromJson(Map<String, Object> json) {
        Map<String, Object> s = new LinkedHashMap<>(json);
        Object t = s.remove("type");
        return new LossConfig(t == null ? null : t.toString(), s);
    }

    /** Writes the flat JSON object. */
    @JsonValue
    public Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", type);
        m.putAll(settings);
        return m;
    }
}
