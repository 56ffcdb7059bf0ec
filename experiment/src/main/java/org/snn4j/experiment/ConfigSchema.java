package org.snn4j.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snn4j.autograd.nn.LayerJson;
import org.snn4j.autograd.nn.LayerSpec;
import org.snn4j.autograd.optim.OptimizerTypes;
import org.snn4j.autograd.optim.ScheduleTypes;
import org.snn4j.experiment.config.AugmentConfig;
import org.snn4j.experiment.config.DataConfig;
import org.snn4j.experiment.config.EncoderTypes;
import org.snn4j.experiment.config.ExperimentConfig;
import org.snn4j.experiment.config.FramesConfig;
import org.snn4j.experiment.config.TrainConfig;
import org.snn4j.experiment.data.DatasetShape;
import org.snn4j.experiment.data.EventSplits;
import org.snn4j.experiment.model.LayerDefaults;
import org.snn4j.experiment.model.ModelResolver;
import org.snn4j.neurons.model.ResetMode;
import org.snn4j.neurons.surrogate.Surrogates;

/**
 * Generates {@code docs/CONFIG.md}, the config schema, from the config records, the registries and
 * the defaults the resolver applies, so the document cannot drift: {@code ConfigDocTest} compares
 * the file with {@link #markdown()}. Regenerate with
 * {@code java -cp ... org.snn4j.experiment.ConfigSchema docs/CONFIG.md}.
 */
public final class ConfigSchema {
    /** Field descriptions of the section records; every record component must have one. */
    private static final Map<String, String> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("formatVersion", "config format | 1");
        FIELDS.put("name", "experiment name, used in reports | \"experiment\"");
        FIELDS.put("description", "one line: what it trains | \"\"");
        FIELDS.put("seed", "master seed: weights, shuffling, encoders, augmentation | 42");
        FIELDS.put("data", "the data section | required");
        FIELDS.put("model", "`{\"layers\": [...]}` in model.json's vocabulary, short forms allowed | required");
        FIELDS.put("loss", "`{\"type\": name, settings...}` | count-ce (T > 0), cross-entropy (T = 0)");
        FIELDS.put("optimizer", "`{\"type\": name, settings...}` | adam, lr 0.001");
        FIELDS.put("schedule", "learning rate per epoch, `{\"type\": name, settings...}` | constant");
        FIELDS.put("train", "the train section | all defaults");
        FIELDS.put("dataset", "dataset name: " + String.join(", ", DatasetShape.REGISTRY.names()) + " | required");
        FIELDS.put("dir", "the dataset's own folder | `$SNN4J_DATA/<dataset>`");
        FIELDS.put("T", "time steps; 0 = no time axis (ANN input `[B, C, H, W]`) | images with an encoder: 4; events: frames.T (10)");
        FIELDS.put("encoder", "images: input coding `{\"type\": name, settings...}` (`learned`: a `learnable-encoder` layer, added"
                + " first when missing, codes the images), or \"none\" | direct");
        FIELDS.put("frames", "event data: framing (below) | `{\"by\": \"time\"}`");
        FIELDS.put("limitTrain", "use n evenly spaced training samples, 0 = all | 0");
        FIELDS.put("limitTest", "use n evenly spaced test samples, 0 = all | 0");
        FIELDS.put("augment", "training augmentations, list of `{\"type\": ...}` | []");
        FIELDS.put("orientation", "cifar10-dvs only: AEDAT 2.0 address to (x, y): `" + String.join("`, `", EventSplits.orientations())
                + "` | jaer-upright");
        FIELDS.put("split", "cifar10-dvs only: `tet` (per class recordings 0-99 test, the rest train; 9,000/1,000) or `random`"
                + " (per class seeded shuffle with the experiment seed, trainRatio trains) | tet");
        FIELDS.put("trainRatio", "cifar10-dvs random split: fraction of each class that trains | 0.9");
        FIELDS.put("cache", "event data: folder of an on-disk frame cache; the framed recordings are written there on first"
                + " use and read back afterwards, keyed by dataset, data folder, orientation and the exact framing (a change of"
                + " any misses the cache). Small splits are also kept in memory automatically (up to 1/16 of the heap) | none");
        FIELDS.put("FramesConfig.T", "number of frames or bins | data.T, else 10");
        FIELDS.put("by", "`" + String.join("`, `", FramesConfig.MODES) + "`: equal-duration slices (event counts),"
                + " equal-event-count slices, binary bins of binMs from t = 0 (SLAYER) | time");
        FIELDS.put("size", "[H, W]: N-MNIST: the sensor size or the sensor size divided by an integer (events downsampled);"
                + " cifar10-dvs, dvs-gesture: any size up to the sensor (events binned by area) | sensor size");
        FIELDS.put("binMs", "bin width for `spikes`, ms | 1.0");
        FIELDS.put("type", "augmentation: `" + String.join("`, `", AugmentConfig.TYPES)
                + "` (random integer offset per sample on both spatial axes, zero fill) | shift");
        FIELDS.put("max", "largest offset, pixels | 2");
        FIELDS.put("epochs", "number of epochs | 1");
        FIELDS.put("batchSize", "training batch size | 32");
        FIELDS.put("testBatch", "evaluation batch size (memory only) | 100");
        FIELDS.put("clipNorm", "largest global gradient norm, 0 = off | 0");
    }

    private ConfigSchema() {
    }

    /** Writes the schema to the file given as the only argument. */
    public static void main(String[] args) throws IOException {
        Files.writeString(Path.of(args[0]), markdown());
    }

    /** The whole document. */
    public static String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("# Experiment config schema\n\n");
        sb.append("Generated from the config records and registries by `org.snn4j.experiment.ConfigSchema`;\n");
        sb.append("`ConfigDocTest` fails when this file and the code differ. A config is JSON; every field not\n");
        sb.append("marked required has the default shown. `snn4j train --config FILE [--set a.b.c=VALUE ...]`\n");
        sb.append("reads it, and every report and checkpoint stores the resolved config (all defaults and\n");
        sb.append("inferred sizes written out) under `config`, which `train --config` accepts back.\n\n");
        section(sb, "Top level", ExperimentConfig.class);
        section(sb, "data", DataConfig.class);
        section(sb, "data.frames (event datasets)", FramesConfig.class);
        section(sb, "data.augment[i]", AugmentConfig.class);
        section(sb, "train", TrainConfig.class);
        sb.append("## Names\n\n");
        typed(sb, "data.encoder", EncoderTypes.REGISTRY.names(), ConfigSchema::encoderDefaults);
        typed(sb, "loss", LossResolver.names(), n -> LossResolver.resolve(obj("type", n), true));
        typed(sb, "optimizer", OptimizerTypes.REGISTRY.names(), n -> ConfigResolver.optimizer(obj("type", n)));
        typed(sb, "schedule (defaults from optimizer.lr and train.epochs; shown for lr 0.001, 10 epochs)",
                ScheduleTypes.REGISTRY.names(), n -> ConfigResolver.schedule(obj("type", n), "schedule", 0.001, 10));
        sb.append("### Surrogates (`firing.surrogate`, parameters in `firing.surrogateParameters`)\n\n");
        sb.append("| name | default parameters |\n|---|---|\n");
        for (String s : Surrogates.names()) {
            sb.append("| `").append(s).append("` | ").append(Surrogates.byName(s).hyperparameters()).append(" |\n");
        }
        sb.append("\n### Reset modes (`firing.reset`)\n\n");
        List<String> modes = new ArrayList<>();
        for (ResetMode m : ResetMode.values()) {
            modes.add("`" + m.name() + "`");
        }
        sb.append(String.join(", ", modes)).append("\n\n");
        layers(sb);
        return sb.toString();
    }

    private static void section(StringBuilder sb, String title, Class<? extends Record> record) {
        sb.append("## ").append(title).append("\n\n| field | meaning | default |\n|---|---|---|\n");
        for (var c : record.getRecordComponents()) {
            String d = FIELDS.getOrDefault(record.getSimpleName() + "." + c.getName(), FIELDS.get(c.getName()));
            if (d == null) {
                throw new IllegalStateException(record.getSimpleName() + "." + c.getName() + " has no description");
            }
            String[] parts = d.split(" \\| ", 2);
            sb.append("| `").append(c.getName()).append("` | ").append(parts[0]).append(" | ").append(parts[1])
                    .append(" |\n");
        }
        sb.append('\n');
    }

    private static void typed(StringBuilder sb, String title, List<String> names,
                              java.util.function.Function<String, JsonNode> defaults) {
        sb.append("### ").append(title).append("\n\n| type | settings with defaults |\n|---|---|\n");
        for (String n : names) {
            ObjectNode d = ((ObjectNode) defaults.apply(n)).deepCopy();
            d.remove("type");
            sb.append("| `").append(n).append("` | ").append(d.isEmpty() ? "none" : "`" + d + "`").append(" |\n");
        }
        sb.append('\n');
    }

    private static JsonNode encoderDefaults(String name) {
        return ConfigResolver.encoder(obj("type", name));
    }

    private static ObjectNode obj(String k, String v) {
        return LayerJson.mapper().createObjectNode().put(k, v);
    }

    private static void layers(StringBuilder sb) {
        sb.append("## model.layers[i]\n\n");
        sb.append("Shown for a per-sample input `[4, 8, 8]` and T = 4. *Inferred* fields are computed from the\n");
        sb.append("shape reaching the layer (T for `bntt`, time-major for `flatten`); *required* fields have no\n");
        sb.append("default; types without a short form need every field (see model.json).\n\n");
        sb.append("| type | fields with defaults |\n|---|---|\n");
        Set<String> inferred = Set.of("inChannels", "in", "numFeatures", "timeSteps", "startDim", "size", "steps");
        Set<String> required = Set.of("out", "outChannels", "kernelSize");
        for (String type : ModelResolver.typeNames()) {
            boolean pool = type.endsWith("pool2d") || type.equals("slayer-pool");
            ObjectNode user = LayerJson.mapper().createObjectNode().put("type", type).put("out", 3)
                    .put("outChannels", 3).put("size", 3);
            if (!pool) {
                user.put("kernelSize", 3);
            }
            if (type.equals("plastic")) {
                user.putObject("synapse").put("out", 3);
            }
            LayerSpec t = LayerDefaults.template(type, user, "", new long[] {4, 8, 8}, 4);
            if (t == null) {
                sb.append("| `").append(type).append("` | no short form |\n");
                continue;
            }
            ObjectNode d = (ObjectNode) LayerJson.toTree(t);
            List<String> fields = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = d.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().equals("type")) {
                    continue;
                }
                if (type.equals("plastic") && e.getValue() instanceof ObjectNode synapse && e.getKey().equals("synapse")) {
                    synapse.put("in", "*inferred*").put("out", "*required*");
                }
                boolean rec = type.equals("recurrent-lif") && e.getKey().equals("size");
                String v = pool && e.getKey().equals("stride") ? "= kernelSize"
                        : !pool && required.contains(e.getKey()) || rec ? "*required*"
                        : inferred.contains(e.getKey()) ? "*inferred*" : e.getValue().toString();
                fields.add("`" + e.getKey() + "`: " + v);
            }
            sb.append("| `").append(type).append("` | ").append(fields.isEmpty() ? "none" : String.join(", ", fields))
                    .append(" |\n");
        }
        sb.append("\nAliases: ");
        List<String> aliases = new ArrayList<>();
        org.snn4j.neurons.model.Neurons.REGISTRY.aliases().forEach((a, c) -> aliases.add("`" + a + "` = `" + c + "`"));
        org.snn4j.autograd.nn.LayerTypes.REGISTRY.aliases().forEach((a, c) -> {
            if (!c.equals("neuron")) {
                aliases.add("`" + a + "` = `" + c + "`");
            }
        });
        sb.append(String.join(", ", aliases)).append(".\n");
    }
}
