package org.snn4j.neurons.layers;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.util.NameTransformer;
import java.io.IOException;
import java.util.List;
import org.snn4j.autograd.nn.LayerJson;
import org.snn4j.neurons.model.Readout;
import org.snn4j.neurons.model.ExecutionPath;
import org.snn4j.neurons.model.NeuronModel;
import org.snn4j.neurons.model.NeuronParameters;
import org.snn4j.neurons.model.Neurons;

/**
 * The JSON form of {@link NeuronLayerSpec}: {@code "type"} is the model's registry name, then the
 * fields of its parameters record, then {@code channels}, {@code path} and {@code readout}. Every
 * field is required; reading resolves old names through the neuron registry's aliases and, for
 * files of model format version {@value Neurons#LEGACY_LIF_VERSION} (the Jackson attribute
 * {@link LayerJson#FORMAT_VERSION}), {@code "lif"} as STBP's LIF.
 */
final class NeuronLayerJson {
    private NeuronLayerJson() {
    }

    /** Writes the flat form, always with its {@code "type"}. */
    static final class Writer extends StdSerializer<NeuronLayerSpec> {
        Writer() {
            super(NeuronLayerSpec.class);
        }

        @Override
        public void serialize(NeuronLayerSpec spec, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeStartObject();
            g.writeStringField("type", spec.typeName());
            JsonSerializer<Object> fields = provider.findValueSerializer(spec.model().getClass())
                    .unwrappingSerializer(NameTransformer.NOP);
            fields.serialize(spec.model(), g, provider);
            g.writeNumberField("channels", spec.channels());
            g.writeStringField("path", spec.path().name());
            g.writeStringField("readout", spec.readout().name());
            g.writeEndObject();
        }

        /** The type name is the model's, so this serializer writes it itself. */
        @Override
        public void serializeWithType(NeuronLayerSpec spec, JsonGenerator g, SerializerProvider provider,
                                      TypeSerializer typeSer) throws IOException {
            serialize(spec, g, provider);
        }
    }

    /** Reads the flat form; the layer type id arrives as the visible {@code "type"} property. */
    static final class Reader extends StdDeserializer<NeuronLayerSpec> {
        Reader() {
            super(NeuronLayerSpec.class);
        }

        @Override
        public NeuronLayerSpec deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode tree = p.readValueAsTree();
            if (!(tree instanceof ObjectNode o)) {
                return ctxt.reportInputMismatch(NeuronLayerSpec.class, "neuron layer must be an object, got " + tree);
            }
            JsonNode type = o.remove("type");
            if (type == null || !type.isTextual()) {
                return ctxt.reportInputMismatch(NeuronLayerSpec.class, "neuron layer: 'type' is required; models: "
                        + Neurons.names());
            }
            Object v = ctxt.getAttribute(LayerJson.FORMAT_VERSION);
            int version = v instanceof Integer i ? i : LayerJson.MODEL_FORMAT_VERSION;
            try {
                NeuronModel<?, ?> model = Neurons.forType(type.asText(), version);
                String name = type.asText();
                JsonNode c = required(o, name, "channels", ctxt);
                if (!c.isIntegralNumber() || !c.canConvertToInt()) {
                    return ctxt.reportInputMismatch(NeuronLayerSpec.class, name + ".channels must be an integer, got " + c);
                }
                int channels = c.intValue();
                ExecutionPath path = ctxt.readTreeAsValue(required(o, name, "path", ctxt), ExecutionPath.class);
                Readout readout = ctxt.readTreeAsValue(required(o, name, "readout", ctxt), Readout.class);
                o.remove(List.of("channels", "path", "readout"));
                NeuronParameters params = ctxt.readTreeAsValue(o, model.parametersType());
                return new NeuronLayerSpec(params, channels, path, readout);
            } catch (IllegalArgumentException e) {
                return ctxt.reportInputMismatch(NeuronLayerSpec.class, e.getMessage());
            }
        }

        private static JsonNode required(ObjectNode o, String type, String field, DeserializationContext ctxt)
                throws IOException {
            JsonNode n = o.get(field);
            if (n == null || n.isNull()) {
                ctxt.reportInputMismatch(NeuronLayerSpec.class, type + "." + field + " is required");
            }
            return n;
        }
    }
}
