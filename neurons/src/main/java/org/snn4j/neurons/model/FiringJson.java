package org.snn4j.neurons.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.snn4j.neurons.surrogate.Surrogate;
import org.snn4j.neurons.surrogate.Surrogates;

/**
 * The JSON form of {@link Firing}: its fields with the surrogate as {@code "surrogate"} (registry
 * name) and {@code "surrogateParameters"} (named hyperparameters). Reading is strict: every field
 * is required and an unknown one is a one-line error naming it and the allowed fields.
 */
final class FiringJson {
    static final List<String> FIELDS = List.of("threshold", "reset", "vReset", "detachReset", "surrogate",
            "surrogateParameters", "learnableThreshold");

    private FiringJson() {
    }

    /** Writes the fields in {@link #FIELDS} order. */
    static final class Writer extends StdSerializer<Firing> {
        Writer() {
            super(Firing.class);
        }

        @Override
        public void serialize(Firing f, JsonGenerator g, SerializerProvider provider) throws IOException {
            Surrogate s = f.surrogate();
            g.writeStartObject();
            g.writeNumberField("threshold", f.threshold());
            g.writeStringField("reset", f.reset().name());
            g.writeNumberField("vReset", f.vReset());
            g.writeBooleanField("detachReset", f.detachReset());
            g.writeStringField("surrogate", s.name());
            g.writeObjectFieldStart("surrogateParameters");
            for (Map.Entry<String, Double> e : new TreeMap<>(s.hyperparameters()).entrySet()) {
                g.writeNumberField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeBooleanField("learnableThreshold", f.learnableThreshold());
            g.writeEndObject();
        }
    }

    /** Reads and validates the fields; errors name the field. */
    static final class Reader extends StdDeserializer<Firing> {
        Reader() {
            super(Firing.class);
        }

        @Override
        public Firing deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode node = p.readValueAsTree();
            if (!(node instanceof ObjectNode o)) {
                return ctxt.reportInputMismatch(Firing.class, "firing must be an object, got " + node);
            }
            for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!FIELDS.contains(name)) {
                    return ctxt.reportInputMismatch(Firing.class, "firing has no field '" + name + "'; allowed: " + FIELDS);
                }
            }
            for (String name : FIELDS) {
                if (!o.hasNonNull(name)) {
                    return ctxt.reportInputMismatch(Firing.class, "firing." + name + " is required");
                }
            }
            Map<String, Double> hyper = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = o.get("surrogateParameters").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getValue().isNumber()) {
                    return ctxt.reportInputMismatch(Firing.class, "firing.surrogateParameters." + e.getKey()
                            + " must be a number, got " + e.getValue());
                }
                hyper.put(e.getKey(), e.getValue().doubleValue());
            }
            try {
                return new Firing(number(o, "threshold", ctxt), reset(o.get("reset").asText(), ctxt),
                        number(o, "vReset", ctxt), bool(o, "detachReset", ctxt),
                        Surrogates.byName(o.get("surrogate").asText(), hyper), bool(o, "learnableThreshold", ctxt));
            } catch (IllegalArgumentException e) {
                return ctxt.reportInputMismatch(Firing.class, e.getMessage());
            }
        }

        private static double number(ObjectNode o, String field, DeserializationContext ctxt) throws IOException {
            JsonNode n = o.get(field);
            if (!n.isNumber()) {
                ctxt.reportInputMismatch(Firing.class, "firing." + field + " must be a number, got " + n);
            }
            return n.doubleValue();
        }

        private static boolean bool(ObjectNode o, String field, DeserializationContext ctxt) throws IOException {
            JsonNode n = o.get(field);
            if (!n.isBoolean()) {
                ctxt.reportInputMismatch(Firing.class, "firing." + field + " must be true or false, got " + n);
            }
            return n.booleanValue();
        }

        private static ResetMode reset(String name, DeserializationContext ctxt) throws IOException {
            for (ResetMode m : ResetMode.values()) {
                if (m.name().equals(name)) {
                    return m;
                }
            }
            return ctxt.reportInputMismatch(Firing.class, "firing.reset must be one of SUBTRACT, TO_VALUE, NONE, got '"
                    + name + "'");
        }
    }
}
