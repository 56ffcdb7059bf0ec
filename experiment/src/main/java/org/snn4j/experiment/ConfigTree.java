package org.snn4j.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;

/**
 * Reading and completing a config's JSON tree with path-aware one-line errors: typed getters that
 * name the path of a wrong value, the allowed-keys check, and the deep merge of a user's short form
 * over a default.
 */
public final class ConfigTree {
    private ConfigTree() {
    }

    /** {@code parent.child} ({@code child} alone when parent is the root). */
    public static String at(String parent, String child) {
        return parent == null || parent.isEmpty() ? child : parent + "." + child;
    }

    /** The object at {@code path}, a new empty one when absent; an error when it is not an object. */
    public static ObjectNode object(JsonNode node, String path) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (!node.isObject()) {
            throw new ConfigException(path, "expected an object, got " + node);
        }
        return (ObjectNode) node;
    }

    /** An error for every key of {@code o} not in {@code allowed}. */
    public static void onlyKeys(ObjectNode o, String path, Collection<String> allowed) {
        for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!allowed.contains(k)) {
                throw new ConfigException(at(path, k), "unknown key; allowed: " + String.join(", ", allowed));
            }
        }
    }

    /** The integer at {@code o.field}, or {@code dflt} when absent. */
    public static int intOr(ObjectNode o, String field, String path, int dflt) {
        JsonNode n = o.get(field);
        if (n == null || n.isNull()) {
            return dflt;
        }
        if (!n.isIntegralNumber() || !n.canConvertToInt()) {
            throw new ConfigException(at(path, field), "expected an integer, got " + n);
        }
        return n.intValue();
    }

    /** The required integer at {@code o.field}. */
    public static int requiredInt(ObjectNode o, String field, String path) {
        if (!o.hasNonNull(field)) {
            throw new ConfigException(at(path, field), "required (no default)");
        }
        return intOr(o, field, path, 0);
    }

    /** The number at {@code o.field}, or {@code dflt} when absent. */
    public static double doubleOr(ObjectNode o, String field, String path, double dflt) {
        JsonNode n = o.get(field);
        if (n == null || n.isNull()) {
            return dflt;
        }
        if (!n.isNumber()) {
            throw new ConfigException(at(path, field), "expected a number, got " + n);
        }
        return n.doubleValue();
    }

    /** The string at {@code o.field}, or {@code dflt} when absent. */
    public static String textOr(ObjectNode o, String field, String path, String dflt) {
        JsonNode n = o.get(field);
        if (n == null || n.isNull()) {
            return dflt;
        }
        if (!n.isTextual()) {
            throw new ConfigException(at(path, field), "expected a string, got " + n);
        }
        return n.textValue();
    }

    /** An error unless {@code value} is one of {@code allowed}. */
    public static String oneOf(String value, String path, Collection<String> allowed) {
        if (!allowed.contains(value)) {
            throw new ConfigException(path, "\"" + value + "\" is not one of " + String.join(", ", allowed));
        }
        return value;
    }

    /**
     * {@code user} laid over {@code defaults}: objects merge key by key (recursively), any other
     * user value replaces the default. Neither argument is modified.
     */
    public static ObjectNode merge(ObjectNode defaults, ObjectNode user) {
        ObjectNode out = defaults.deepCopy();
        for (Iterator<Map.Entry<String, JsonNode>> it = user.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode d = out.get(e.getKey());
            if (d instanceof ObjectNode dObj && e.getValue() instanceof ObjectNode uObj) {
                out.set(e.getKey(), merge(dObj, uObj));
            } else {
                out.set(e.getKey(), e.getValue().deepCopy());
            }
        }
        return out;
    }
}
