package org.snn4j.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.snn4j.autograd.nn.LayerJson;
import org.snn4j.autograd.optim.AdamSpec;
import org.snn4j.autograd.optim.AdamWSpec;
import org.snn4j.autograd.optim.NadamSpec;
import org.snn4j.autograd.optim.OptimizerTypes;
import org.snn4j.autograd.optim.ScheduleTypes;
import org.snn4j.autograd.optim.SgdSpec;
import org.snn4j.experiment.config.AugmentConfig;
import org.snn4j.experiment.config.EncoderTypes;
import org.snn4j.experiment.config.ExperimentConfig;
import org.snn4j.experiment.config.FramesConfig;
import org.snn4j.experiment.data.DatasetShape;
import org.snn4j.experiment.data.EventSplits;
import org.snn4j.experiment.data.LearnedEncoding;
import org.snn4j.experiment.data.PoissonIntensity;
import org.snn4j.experiment.model.ModelResolver;
import org.snn4j.experiment.model.ModelSummary;
import org.snn4j.neurons.encoding.BernoulliEncoder;
import org.snn4j.neurons.encoding.DirectEncoder;
import org.snn4j.neurons.encoding.LatencyEncoder;

/**
 * Completes a config's JSON tree: every default filled in, input sizes inferred, so that the
 * result binds strictly to {@link ExperimentConfig} and describes the run completely. The defaults
 * are documented in {@code docs/CONFIG.md}.
 */
public final class ConfigResolver {
    static final List<String> TOP = List.of("formatVersion", "name", "description", "seed", "data", "model", "loss",
            "optimizer", "schedule", "train");
    static final List<String> DATA = List.of("dataset", "dir", "T", "encoder", "frames", "limitTrain", "limitTest",
            "augment", "orientation", "split", "trainRatio", "cache");
    static final List<String> TRAIN = List.of("epochs", "batchSize", "testBatch", "clipNorm");
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ConfigResolver() {
    }

    /** The resolved tree and the model summary. */
    public record Resolved(ObjectNode tree, ModelSummary summary) {
    }

    /** Resolves {@code raw} (not modified). */
    public static Resolved resolve(JsonNode rawNode) {
        ObjectNode raw = ConfigTree.object(rawNode, "");
        ConfigTree.onlyKeys(raw, "", TOP);
        ObjectNode out = F.objectNode();
        int version = ConfigTree.intOr(raw, "formatVersion", "", ExperimentConfig.FORMAT_VERSION);
        if (version != ExperimentConfig.FORMAT_VERSION) {
            throw new ConfigException("formatVersion", version + " is not one of " + ExperimentConfig.FORMAT_VERSION);
        }
        out.put("formatVersion", version);
        out.put("name", ConfigTree.textOr(raw, "name", "", "experiment"));
        out.put("description", ConfigTree.textOr(raw, "description", "", ""));
        JsonNode seed = raw.get("seed");
        if (seed != null && !(seed.isIntegralNumber() && seed.canConvertToLong())) {
            throw new ConfigException("seed", "expected an integer, got " + seed);
        }
        out.put("seed", seed == null ? 42L : seed.longValue());
        ObjectNode data = data(ConfigTree.object(raw.get("data"), "data"));
        out.set("data", data);
        DatasetShape ds = DatasetShape.REGISTRY.get(data.get("dataset").textValue());
        int steps = data.get("T").intValue();
        long[] in = ds.shape().stream().mapToLong(Integer::longValue).toArray();
        if (data.get("frames") instanceof ObjectNode fr) {
            in[1] = fr.get("size").get(0).longValue();
            in[2] = fr.get("size").get(1).longValue();
        }
        ObjectNode model = ConfigTree.object(raw.get("model"), "model");
        ConfigTree.onlyKeys(model, "model", List.of("layers"));
        boolean learned = data.path("encoder").path("type").asText("").equals("learned");
        JsonNode layerList = model.get("layers");
        if (learned && layerList != null && layerList.isArray()
                && !layerList.path(0).path("type").asText("").equals("learnable-encoder")) {
            ArrayNode withEncoder = F.arrayNode();
            withEncoder.addObject().put("type", "learnable-encoder");
            withEncoder.addAll((ArrayNode) layerList);
            layerList = withEncoder;
        }
        ModelSummary summary = ModelResolver.resolve(layerList, "model.layers", in, learned ? 0 : steps, steps);
        ArrayNode layers = out.putObject("model").putArray("layers");
        summary.layers().forEach(l -> layers.add(LayerJson.toTree(l)));
        out.set("loss", LossResolver.resolve(ConfigTree.object(raw.get("loss"), "loss"), steps > 0));
        ObjectNode optimizer = optimizer(ConfigTree.object(raw.get("optimizer"), "optimizer"));
        out.set("optimizer", optimizer);
        ObjectNode train = ConfigTree.object(raw.get("train"), "train");
        ConfigTree.onlyKeys(train, "train", TRAIN);
        ObjectNode t = F.objectNode();
        t.put("epochs", ConfigTree.intOr(train, "epochs", "train", 1));
        t.put("batchSize", ConfigTree.intOr(train, "batchSize", "train", 32));
        t.put("testBatch", ConfigTree.intOr(train, "testBatch", "train", 100));
        t.put("clipNorm", ConfigTree.doubleOr(train, "clipNorm", "train", 0));
        out.set("schedule", schedule(ConfigTree.object(raw.get("schedule"), "schedule"), "schedule",
                optimizer.get("lr").doubleValue(), t.get("epochs").intValue()));
        out.set("train", t);
        return new Resolved(out, summary);
    }

    private static ObjectNode data(ObjectNode d) {
        ConfigTree.onlyKeys(d, "data", DATA);
        ObjectNode out = F.objectNode();
        String name = ConfigTree.textOr(d, "dataset", "data", null);
        if (name == null) {
            throw new ConfigException("data.dataset", "required; one of " + String.join(", ", DatasetShape.REGISTRY.names()));
        }
        ConfigTree.oneOf(name, "data.dataset", DatasetShape.REGISTRY.names());
        DatasetShape ds = DatasetShape.REGISTRY.get(name);
        out.put("dataset", name);
        String dir = ConfigTree.textOr(d, "dir", "data", null);
        if (dir == null) {
            out.putNull("dir");
        } else {
            out.put("dir", dir);
        }
        if (ds.events()) {
            if (d.hasNonNull("encoder")) {
                throw new ConfigException("data.encoder", "event data take \"frames\", not an encoder");
            }
            ObjectNode fr = ConfigTree.object(d.get("frames"), "data.frames");
            ConfigTree.onlyKeys(fr, "data.frames", List.of("by", "T", "size", "binMs"));
            String by = ConfigTree.oneOf(ConfigTree.textOr(fr, "by", "data.frames", "time"), "data.frames.by",
                    FramesConfig.MODES);
            if (ds.resizable() && by.equals("spikes")) {
                throw new ConfigException("data.frames.by", "spikes is only implemented for nmnist; use time or count");
            }
            int steps = ConfigTree.intOr(fr, "T", "data.frames", ConfigTree.intOr(d, "T", "data", 10));
            int dataT = ConfigTree.intOr(d, "T", "data", steps);
            if (dataT != steps) {
                throw new ConfigException("data.T", dataT + " differs from data.frames.T = " + steps);
            }
            ObjectNode f = out.putObject("frames");
            f.put("by", by);
            f.put("T", steps);
            ArrayNode size = f.putArray("size");
            JsonNode s = fr.get("size");
            if (s == null || s.isNull()) {
                size.add(ds.shape().get(1)).add(ds.shape().get(2));
            } else if (s.isArray() && s.size() == 2 && s.get(0).canConvertToInt() && s.get(1).canConvertToInt()) {
                size.add(s.get(0).intValue()).add(s.get(1).intValue());
            } else {
                throw new ConfigException("data.frames.size", "expected [H, W], got " + s);
            }
            int h = ds.shape().get(1);
            int w = ds.shape().get(2);
            int fh = size.get(0).intValue();
            int fw = size.get(1).intValue();
            int factor = fh < 1 ? 0 : (h + fh - 1) / fh;
            if (ds.resizable()) {
                if (fh < 1 || fw < 1 || fh > h || fw > w) {
                    throw new ConfigException("data.frames.size", size + " must be at least [1, 1] and at most the sensor size ["
                            + h + ", " + w + "]");
                }
            } else if (factor < 1 || (h + factor - 1) / factor != fh || (w + factor - 1) / factor != fw) {
                throw new ConfigException("data.frames.size", size + " is not the sensor size [" + h + ", " + w
                        + "] divided by an integer factor");
            }
            f.put("binMs", ConfigTree.doubleOr(fr, "binMs", "data.frames", 1.0));
            out.put("T", steps);
            out.putNull("encoder");
        } else {
            if (d.hasNonNull("frames")) {
                throw new ConfigException("data.frames", "image data take an \"encoder\", not frames");
            }
            JsonNode e = d.get("encoder");
            boolean ann = (e == null || e.isNull()) && ConfigTree.intOr(d, "T", "data", 0) == 0 && d.has("T");
            if (ann || (e != null && e.isTextual() && e.textValue().equals("none"))) {
                out.put("T", 0);
                out.putNull("encoder");
            } else {
                out.put("T", ConfigTree.intOr(d, "T", "data", 4));
                if (out.get("T").intValue() < 1) {
                    throw new ConfigException("data.T", "must be >= 1 with an encoder (0 or encoder \"none\": no time axis)");
                }
                out.set("encoder", encoder(ConfigTree.object(e, "data.encoder")));
            }
            out.putNull("frames");
        }
        if (name.equals("cifar10-dvs")) {
            out.put("orientation", ConfigTree.oneOf(ConfigTree.textOr(d, "orientation", "data", "jaer-upright"),
                    "data.orientation", EventSplits.orientations()));
            out.put("split", ConfigTree.oneOf(ConfigTree.textOr(d, "split", "data", "tet"), "data.split", EventSplits.SPLITS));
            double ratio = ConfigTree.doubleOr(d, "trainRatio", "data", 0.9);
            if (!(ratio >= 0 && ratio <= 1)) {
                throw new ConfigException("data.trainRatio", "must be in [0, 1], got " + ratio);
            }
            out.put("trainRatio", ratio);
        } else {
            for (String k : List.of("orientation", "split", "trainRatio")) {
                // a resolved config carries null, null, 0.0 here: accept those back
                JsonNode v = d.get(k);
                if (v != null && !v.isNull() && !(v.isNumber() && v.doubleValue() == 0)) {
                    throw new ConfigException("data." + k, "only cifar10-dvs takes " + k);
                }
            }
            out.putNull("orientation");
            out.putNull("split");
            out.put("trainRatio", 0.0);
        }
        String cache = ConfigTree.textOr(d, "cache", "data", null);
        if (cache != null && !ds.events()) {
            throw new ConfigException("data.cache", "only event datasets are framed and cached; images need no cache");
        }
        if (cache == null) {
            out.putNull("cache");
        } else {
            out.put("cache", cache);
        }
        out.put("limitTrain", ConfigTree.intOr(d, "limitTrain", "data", 0));
        out.put("limitTest", ConfigTree.intOr(d, "limitTest", "data", 0));
        ArrayNode aug = out.putArray("augment");
        JsonNode a = d.get("augment");
        if (a != null && !a.isNull()) {
            if (!a.isArray()) {
                throw new ConfigException("data.augment", "expected a list of {\"type\": ...} objects");
            }
            for (int i = 0; i < a.size(); i++) {
                String p = "data.augment[" + i + "]";
                ObjectNode o = ConfigTree.object(a.get(i), p);
                ConfigTree.onlyKeys(o, p, List.of("type", "max"));
                ConfigTree.oneOf(ConfigTree.textOr(o, "type", p, "shift"), p + ".type", AugmentConfig.TYPES);
                aug.addObject().put("type", o.get("type") == null ? "shift" : o.get("type").textValue())
                        .put("max", ConfigTree.intOr(o, "max", p, 2));
            }
        }
        return out;
    }

    static ObjectNode encoder(ObjectNode e) {
        String type = ConfigTree.oneOf(ConfigTree.textOr(e, "type", "data.encoder", "direct"), "data.encoder.type",
                EncoderTypes.REGISTRY.names());
        Object dflt = switch (type) {
            case "poisson" -> new PoissonIntensity(1000, 1.0);
            case "bernoulli" -> new BernoulliEncoder();
            case "latency" -> LatencyEncoder.linear(0);
            case "learned" -> new LearnedEncoding();
            default -> new DirectEncoder();
        };
        ObjectNode d = LayerJson.mapper().valueToTree(dflt);
        ObjectNode merged = ConfigTree.merge(d, e);
        merged.put("type", type);
        return merged;
    }

    static ObjectNode optimizer(ObjectNode o) {
        String type = ConfigTree.textOr(o, "type", "optimizer", "adam");
        ConfigTree.oneOf(type, "optimizer.type", OptimizerTypes.REGISTRY.names());
        double lr = ConfigTree.doubleOr(o, "lr", "optimizer", 1e-3);
        Object dflt;
        try {
            dflt = switch (type) {
                case "sgd" -> new SgdSpec(lr);
                case "adamw" -> new AdamWSpec(lr);
                case "nadam" -> new NadamSpec(lr);
                default -> new AdamSpec(lr);
            };
        } catch (IllegalArgumentException e) {
            throw ConfigErrors.validation("optimizer", e.getMessage());
        }
        ObjectNode d = LayerJson.mapper().valueToTree(dflt);
        ObjectNode merged = F.objectNode().put("type", type);
        merged.setAll(ConfigTree.merge(d, o));
        merged.put("type", type);
        return merged;
    }

    static ObjectNode schedule(ObjectNode s, String path, double lr, int epochs) {
        String type = ConfigTree.oneOf(ConfigTree.textOr(s, "type", path, "constant"), path + ".type",
                ScheduleTypes.REGISTRY.names());
        ObjectNode d = F.objectNode().put("type", type);
        switch (type) {
            case "cosine" -> d.put("baseLr", lr).put("tMax", epochs).put("minLr", 0.0);
            case "step" -> d.put("baseLr", lr).put("stepSize", Math.max(1, epochs / 3)).put("gamma", 0.1);
            case "warmup" -> {
                d.put("warmup", 1).put("startFactor", 0.1);
                d.set("after", schedule(ConfigTree.object(s.get("after"), path + ".after"), path + ".after", lr, epochs));
                ObjectNode user = s.deepCopy();
                user.remove("after");
                return ConfigTree.merge(d, user);
            }
            default -> d.put("lr", lr);
        }
        return ConfigTree.merge(d, s);
    }
}
