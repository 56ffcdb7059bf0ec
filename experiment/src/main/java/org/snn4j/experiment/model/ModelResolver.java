package org.snn4j.experiment.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.nn.LayerJson;
import org.snn4j.autograd.nn.LayerSpec;
import org.snn4j.autograd.nn.LayerTypes;
import org.snn4j.autograd.nn.Module;
import org.snn4j.experiment.ConfigErrors;
import org.snn4j.experiment.ConfigException;
import org.snn4j.experiment.ConfigTree;
import org.snn4j.neurons.encoding.LearnableEncoderSpec;
import org.snn4j.neurons.layers.SpikingLayerTypes;
import org.snn4j.neurons.model.Neurons;
import org.snn4j.neurons.surrogate.Surrogates;

/**
 * Completes a config's layer list: each short form is laid over its {@link LayerDefaults} (sizes
 * inferred from the shape reaching it), bound strictly as a {@link LayerSpec}, built once and run on
 * a zero input of one sample to learn the shape it passes on. The result is the resolved layers plus
 * the {@link ModelSummary} rows.
 */
public final class ModelResolver {
    private ModelResolver() {
    }

    /**
     * Resolves {@code layers} (the JSON array at {@code path}) for per-sample input shape {@code in}
     * and T = {@code steps} (0: no time axis).
     */
    public static ModelSummary resolve(JsonNode layers, String path, long[] in, int steps) {
        return resolve(layers, path, in, steps, steps);
    }

    /**
     * As above, for input with {@code inputSteps} time steps (0: static images) and T = {@code steps}
     * after a {@code learnable-encoder} layer.
     */
    public static ModelSummary resolve(JsonNode layers, String path, long[] in, int inputSteps, int steps) {
        if (layers == null || !layers.isArray() || layers.isEmpty()) {
            throw new ConfigException(path, "expected a non-empty list of layers");
        }
        List<ModelSummary.Row> rows = new ArrayList<>();
        long[] shape = in.clone();
        int now = inputSteps;
        for (int i = 0; i < layers.size(); i++) {
            String p = path + "[" + i + "]";
            LayerSpec spec = bind(ConfigTree.object(layers.get(i), p), p, shape, now, steps);
            Module m = spec.build(new SplittableRandom(0));
            int after = spec instanceof LearnableEncoderSpec e ? e.steps() : now;
            long[] out = outputShape(m, shape, now, after, p);
            now = after;
            rows.add(new ModelSummary.Row(spec, out, m.parameterCount(), ModelSummary.isSpiking(spec)));
            shape = out;
        }
        return new ModelSummary(rows, in, steps);
    }

    /** The layer type names a config accepts: every layer type and neuron model, canonical names. */
    public static List<String> typeNames() {
        TreeSet<String> names = new TreeSet<>(LayerTypes.REGISTRY.names());
        names.remove(SpikingLayerTypes.NEURON);
        names.addAll(Neurons.names());
        return new ArrayList<>(names);
    }

    private static LayerSpec bind(ObjectNode user, String path, long[] in, int steps, int modelSteps) {
        JsonNode t = user.get("type");
        if (t == null || !t.isTextual()) {
            throw new ConfigException(path + ".type", "required; one of " + String.join(", ", typeNames()));
        }
        String type = t.textValue();
        if (!LayerTypes.REGISTRY.contains(type)) {
            throw new ConfigException(path + ".type", "\"" + type + "\" is not one of " + String.join(", ", typeNames()));
        }
        LayerSpec template;
        try {
            template = LayerDefaults.template(type, user, path, in, steps == 0 && type.equals("learnable-encoder")
                    ? modelSteps : steps);
        } catch (ConfigException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw ConfigErrors.validation(path, e.getMessage());
        }
        ObjectNode full = user.deepCopy();
        if (template != null) {
            ObjectNode d = (ObjectNode) LayerJson.toTree(template);
            surrogateDefaults(d, user, path);
            full = ConfigTree.merge(d, user);
            full.put("type", type);
        }
        try {
            return LayerJson.mapper().readerFor(LayerSpec.class).readValue(full);
        } catch (JsonProcessingException e) {
            throw ConfigErrors.of(path, e);
        } catch (java.io.IOException e) {
            throw new ConfigException(path, e.getMessage());
        } catch (IllegalArgumentException e) {
            throw ConfigErrors.validation(path, e.getMessage());
        }
    }

    /** A surrogate named without parameters takes that surrogate's default parameters. */
    private static void surrogateDefaults(ObjectNode defaults, ObjectNode user, String path) {
        if (!(user.get("firing") instanceof ObjectNode f) || !(defaults.get("firing") instanceof ObjectNode df)) {
            return;
        }
        String name = ConfigTree.textOr(f, "surrogate", path + ".firing", null);
        if (name == null || f.has("surrogateParameters")) {
            return;
        }
        ConfigTree.oneOf(name, path + ".firing.surrogate", Surrogates.names());
        ObjectNode hp = df.putObject("surrogateParameters");
        new java.util.TreeMap<>(Surrogates.byName(name).hyperparameters()).forEach(hp::put);
    }

    private static long[] outputShape(Module m, long[] in, int steps, int outSteps, String path) {
        long[] full = new long[in.length + (steps > 0 ? 2 : 1)];
        int k = 0;
        if (steps > 0) {
            full[k++] = steps;
        }
        full[k++] = 1;
        System.arraycopy(in, 0, full, k, in.length);
        try {
            m.eval();
            long[] out = m.forward(Tensor.constant(Nd4j.zeros(DataType.FLOAT, full))).value().shape();
            return Arrays.copyOfRange(out, outSteps > 0 ? 2 : 1, out.length);
        } catch (RuntimeException e) {
            throw new ConfigException(path, "does not accept input " + shapeText(full, steps) + ": " + e.getMessage());
        }
    }

    /** {@code [T, B, C, H, W]} with the values. */
    static String shapeText(long[] full, int steps) {
        return Arrays.toString(full);
    }
}
