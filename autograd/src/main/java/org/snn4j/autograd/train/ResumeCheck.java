package org.snn4j.autograd.train;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.snn4j.autograd.nn.LayerJson;

/**
 * The rules a resume must follow: the run goes past the checkpoint's epochs, and the settings
 * the checkpoint recorded are unchanged, unless the caller overrides them, in which case the
 * change is recorded with the epoch it takes effect.
 */
final class ResumeCheck {
    private static final int MAX_VALUE_CHARS = 60;

    private ResumeCheck() {
    }

    /** Throws unless {@code epochs} exceeds {@code done}. */
    static void requireMoreEpochs(Path dir, int done, int epochs) {
        if (epochs <= done) {
            throw new IllegalArgumentException("--epochs " + epochs + " does not go past the " + done
                    + " epochs already in checkpoint " + dir + "; pass --epochs " + (done + 1) + " or more to continue");
        }
    }

    /**
     * The settings that differ between {@code recorded} and {@code current} (plain JSON values),
     * as a change taking effect at {@code epoch}; null if none differ or nothing was recorded.
     *
     * @throws IllegalArgumentException listing the differences, unless {@code override}
     */
    static SettingsChange compare(Path dir, Map<String, Object> recorded, Map<String, Object> current, int epoch,
                                  boolean override) {
        if (recorded == null) {
            return null;
        }
        Map<String, Object> old = flatten("", recorded, new LinkedHashMap<>());
        Map<String, Object> now = flatten("", current, new LinkedHashMap<>());
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        Set<String> keys = new LinkedHashSet<>(old.keySet());
        keys.addAll(now.keySet());
        StringBuilder list = new StringBuilder();
        for (String k : keys) {
            String a = json(old.get(k));
            String b = json(now.get(k));
            if (!Objects.equals(a, b)) {
                before.put(k, old.get(k));
                after.put(k, now.get(k));
                list.append(list.length() == 0 ? "" : "; ").append(k).append(' ').append(shorten(a)).append(" -> ")
                        .append(shorten(b));
            }
        }
        if (before.isEmpty()) {
            return null;
        }
        if (!override) {
            throw new IllegalArgumentException("resuming " + dir + " would change settings the checkpoint recorded: "
                    + list + "; rerun with the recorded settings, or pass --override to continue with the new ones"
                    + " (the report then records both)");
        }
        return new SettingsChange(epoch, before, after);
    }

    /** Nested maps as dotted keys ({@code optimizer.lr}); other values as they are. */
    private static Map<String, Object> flatten(String prefix, Map<?, ?> m, Map<String, Object> out) {
        for (Map.Entry<?, ?> e : m.entrySet()) {
            String k = prefix + e.getKey();
            if (e.getValue() instanceof Map<?, ?> inner && !inner.isEmpty()) {
                flatten(k + ".", inner, out);
            } else {
                out.put(k, e.getValue());
            }
        }
        return out;
    }

    private static String json(Object v) {
        try {
            return LayerJson.mapper().writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(v);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return String.valueOf(v);
        }
    }

    private static String shorten(String s) {
        return s.length() <= MAX_VALUE_CHARS ? s : s.substring(0, MAX_VALUE_CHARS - 3) + "...";
    }
}
