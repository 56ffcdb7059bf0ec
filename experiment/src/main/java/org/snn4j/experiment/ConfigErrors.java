package org.snn4j.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns Jackson's binding errors into one-line {@link ConfigException}s naming the JSON path
 * ({@code model.layers[2].tauMs}) and, where there is a list, the allowed values.
 */
public final class ConfigErrors {
    private ConfigErrors() {
    }

    /** The JSON path of {@code e} below {@code prefix} ({@code "a.b[0].c"}). */
    public static String path(String prefix, JsonMappingException e) {
        StringBuilder sb = new StringBuilder(prefix == null ? "" : prefix);
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /** The one-line error for a failed binding of the value at {@code prefix}. */
    public static ConfigException of(String prefix, JsonProcessingException ex) {
        if (!(ex instanceof JsonMappingException e)) {
            return new ConfigException(prefix, "invalid JSON: " + firstLine(ex.getOriginalMessage()));
        }
        String path = path(prefix, e);
        if (e instanceof UnrecognizedPropertyException u) {
            List<String> known = new ArrayList<>();
            if (u.getKnownPropertyIds() != null) {
                u.getKnownPropertyIds().forEach(k -> known.add(String.valueOf(k)));
            }
            known.remove("type");
            java.util.Collections.sort(known);
            return new ConfigException(path, "unknown key" + (known.isEmpty() ? "" : "; allowed: " + String.join(", ", known)));
        }
        if (e instanceof InvalidTypeIdException t) {
            String desc = t.getMessage();
            int k = desc.indexOf("known type ids = [");
            String allowed = k < 0 ? "" : desc.substring(k + 18, desc.indexOf(']', k));
            return new ConfigException(path + ".type", "\"" + t.getTypeId() + "\" is not one of " + allowed);
        }
        if (e instanceof InvalidFormatException f) {
            return new ConfigException(path, "expected " + describe(f.getTargetType()) + ", got " + quote(f.getValue()));
        }
        if (e instanceof ValueInstantiationException v && v.getCause() != null) {
            return validation(path, v.getCause().getMessage());
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null
                && !m.getOriginalMessage().contains("reportInputMismatch")) {
            String msg = firstLine(m.getOriginalMessage());
            if (msg.startsWith("Cannot deserialize") || msg.startsWith("Cannot coerce")) {
                return new ConfigException(path, "expected " + describe(m.getTargetType()));
            }
            return validation(path, msg);
        }
        Throwable cause = e.getCause();
        if (cause instanceof IllegalArgumentException && cause.getMessage() != null) {
            return validation(path, cause.getMessage());
        }
        return new ConfigException(path, firstLine(e.getOriginalMessage()));
    }

    private static final java.util.regex.Pattern FIELD = java.util.regex.Pattern.compile(
            "^(?:[A-Za-z0-9-]+: )?(?:[A-Z][A-Za-z0-9]*\\.)?([a-z][A-Za-z0-9]*)( = \\S+)? must");

    /**
     * A record's validation message ({@code "AdamSpec.lr must be ..."}, {@code "lif: tauMs = 0.5 must
     * be ..."}) for the object at {@code path}: the field it names is appended to the path.
     */
    public static ConfigException validation(String path, String message) {
        String msg = firstLine(message);
        java.util.regex.Matcher m = FIELD.matcher(msg);
        if (m.find()) {
            String field = m.group(1);
            String tail = path.isEmpty() ? "" : path.substring(path.lastIndexOf('.') + 1);
            String at = tail.equals(field) ? path : path.isEmpty() ? field : path + "." + field;
            return new ConfigException(at, msg.substring(m.start(1)));
        }
        return new ConfigException(path, msg);
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "a value";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "an integer";
        }
        if (type == double.class || type == Double.class || type == float.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type.isEnum()) {
            List<String> names = new ArrayList<>();
            for (Object c : type.getEnumConstants()) {
                names.add(((Enum<?>) c).name());
            }
            return "one of " + String.join(", ", names);
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "an object";
    }

    private static String quote(Object v) {
        return v instanceof String s ? "\"" + s + "\"" : String.valueOf(v);
    }

    static String firstLine(String s) {
        if (s == null) {
            return "invalid value";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }
}
