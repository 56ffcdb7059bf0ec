package org.snn4j.autograd.checkpoint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snn4j.autograd.nn.LayerJson;
import org.snn4j.autograd.nn.LayerSpec;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.optim.Optimizer;
import org.snn4j.autograd.optim.OptimizerSpec;

/**
 * Saves and loads checkpoint directories:
 *
 * <pre>
 * model.json             {"format":"snn4j-model","version":2,"model":{spec},"parameterCount":n,"metadata":{...}}
 * weights.safetensors    every parameter and buffer by dotted name
 * optimizer.json         {"format":"snn4j-optimizer","version":1,"optimizer":{spec},"stepCount":n}   (optional)
 * optimizer.safetensors  optimiser slots "&lt;parameter&gt;.&lt;slot&gt;"                                  (optional)
 * trainer.json           a free-form map owned by the trainer (epoch, seeds, metrics history)  (optional)
 *
 * manifest.json          size and SHA-256 of each file above (see {@link CheckpointManifest})
 * </pre>
 *
 * <p><b>Atomicity.</b> {@link #save} writes every file (each fsynced) into a fresh hidden sibling
 * version directory {@code .<name>.v-*}, then points {@code dir}, a symbolic link, at it with one
 * atomic rename (see {@link CheckpointDirs}): a kill at any point leaves a loadable checkpoint,
 * and the next save deletes what an interrupted one left behind. <b>Integrity.</b> Every file is
 * checked against {@code manifest.json} before it is read; checkpoints written before manifests
 * existed (no {@code manifest.json}) load unchecked. Loading is strict: a missing, unexpected or
 * mis-shaped tensor is a {@link CheckpointFormatException}.
 */
public final class Checkpoint {
    public static final String MODEL_FILE = "model.json";
    public static final String WEIGHTS_FILE = "weights.safetensors";
    public static final String OPTIMIZER_FILE = "optimizer.json";
    public static final String OPTIMIZER_STATE_FILE = "optimizer.safetensors";
    public static final String TRAINER_FILE = "trainer.json";
    static final String MODEL_FORMAT = "snn4j-model";
    static final String OPTIMIZER_FORMAT = "snn4j-optimizer";
    static final int VERSION = 1;

    private Checkpoint() {
    }

    /**
     * Writes a complete checkpoint to {@code dir}, replacing a previous checkpoint there.
     *
     * @param optimizer    may be {@code null} (no optimizer files)
     * @param trainerState may be {@code null} (no trainer.json); any Jackson-serialisable map
     * @param metadata     free-form, stored in model.json; may be empty
     * @throws IOException also when {@code dir} exists and is not a checkpoint (nothing is replaced)
     */
    public static void save(Path dir, Module model, Optimizer optimizer, Map<String, ?> trainerState,
                            Map<String, ?> metadata) throws IOException {
        Path target = dir.toAbsolutePath().normalize();
        CheckpointDirs.requireReplaceable(target);
        CheckpointDirs.cleanStale(target);
        Path version = CheckpointDirs.newVersion(target);
        try {
            List<String> files = new ArrayList<>();
            SaveSteps.step("write " + WEIGHTS_FILE);
            SafeTensors.write(version.resolve(WEIGHTS_FILE), model.stateDict(), Map.of("producer", "snn4j"));
            files.add(WEIGHTS_FILE);
            if (optimizer != null) {
                SaveSteps.step("write " + OPTIMIZER_STATE_FILE);
                SafeTensors.write(version.resolve(OPTIMIZER_STATE_FILE), optimizer.stateTensors(), Map.of("producer", "snn4j"));
                ObjectNode o = CheckpointJson.header(OPTIMIZER_FORMAT, VERSION);
                o.set("optimizer", LayerJson.mapper().valueToTree(optimizer.spec()));
                o.put("stepCount", optimizer.stepCount());
                SaveSteps.step("write " + OPTIMIZER_FILE);
                CheckpointJson.write(version.resolve(OPTIMIZER_FILE), o);
                files.addAll(List.of(OPTIMIZER_STATE_FILE, OPTIMIZER_FILE));
            }
            if (trainerState != null) {
                SaveSteps.step("write " + TRAINER_FILE);
                CheckpointJson.write(version.resolve(TRAINER_FILE), LayerJson.mapper().valueToTree(trainerState));
                files.add(TRAINER_FILE);
            }
            ObjectNode m = CheckpointJson.header(MODEL_FORMAT, LayerJson.MODEL_FORMAT_VERSION);
            m.set("model", LayerJson.toTree(model.spec()));
            m.put("parameterCount", model.parameterCount());
            m.set("metadata", LayerJson.mapper().valueToTree(metadata == null ? Map.of() : metadata));
            SaveSteps.step("write " + MODEL_FILE);
            CheckpointJson.write(version.resolve(MODEL_FILE), m);
            files.add(MODEL_FILE);
            SaveSteps.step("write " + CheckpointManifest.FILE);
            CheckpointManifest.write(version, files);
            CheckpointDirs.publish(version, target);
        } catch (IOException | RuntimeException e) {
            if (!CheckpointDirs.isLive(target, version)) {
                CheckpointDirs.discard(version);
            }
            throw e;
        }
    }

    /**
     * Throws if {@link #save} would refuse to replace {@code dir} (a file, a folder that is neither
     * empty nor a checkpoint, a link snn4j did not make), so callers can fail before training.
     */
    public static void requireReplaceable(Path dir) throws IOException {
        CheckpointDirs.requireReplaceable(dir.toAbsolutePath().normalize());
    }

    /** The architecture stored in {@code dir/model.json}. */
    public static LayerSpec readSpec(Path dir) throws IOException {
        Path file = file(dir, MODEL_FILE);
        ObjectNode n = CheckpointJson.readVersioned(file, MODEL_FORMAT, 1, LayerJson.MODEL_FORMAT_VERSION);
        JsonNode spec = CheckpointJson.required(file, n, "model");
        try {
            return LayerJson.fromTree(spec, n.get("version").asInt());
        } catch (IllegalArgumentException e) {
            throw new CheckpointFormatException(file, "field 'model': " + e.getMessage(), e);
        }
    }

    /** The free-form metadata map of {@code dir/model.json} (empty when absent). */
    public static Map<String, Object> readMetadata(Path dir) throws IOException {
        Path file = file(dir, MODEL_FILE);
        JsonNode m = CheckpointJson.readVersioned(file, MODEL_FORMAT, 1, LayerJson.MODEL_FORMAT_VERSION).get("metadata");
        return m == null || m.isNull() ? new LinkedHashMap<>() : toMap(file, m);
    }

    /**
     * Rebuilds the model of {@code dir} from model.json and loads its weights strictly. The size
     * the spec declares is checked first (see {@link ModelSizeLimit}, {@code -Dsnn4j.maxParameters}).
     */
    public static Module loadModel(Path dir) throws IOException {
        LayerSpec spec = readSpec(dir);
        Path weights = file(dir, WEIGHTS_FILE);
        Path modelFile = CheckpointDirs.existing(dir).resolve(MODEL_FILE);
        ModelSizeLimit.check(modelFile, spec, weights, SafeTensors.elementCount(weights));
        Module m = ModelSizeLimit.build(modelFile, spec);
        loadWeights(dir, m);
        return m;
    }

    /** Loads {@code dir/weights.safetensors} into {@code model}, strictly and in place. */
    public static void loadWeights(Path dir, Module model) throws IOException {
        Path file = file(dir, WEIGHTS_FILE);
        SafeTensorsFile f = SafeTensors.read(file);
        try {
            model.loadStateDict(f.tensors());
        } catch (IllegalArgumentException e) {
            throw new CheckpointFormatException(file, e.getMessage(), e);
        }
    }

    /**
     * Restores {@code optimizer}'s state, step count and learning rate from {@code dir}. The saved
     * optimiser type must match; other hyper-parameters are taken from {@code optimizer}.
     */
    public static void loadOptimizer(Path dir, Optimizer optimizer) throws IOException {
        Path file = file(dir, OPTIMIZER_FILE);
        ObjectNode n = CheckpointJson.readVersioned(file, OPTIMIZER_FORMAT, VERSION);
        OptimizerSpec saved;
        try {
            saved = LayerJson.mapper().treeToValue(CheckpointJson.required(file, n, "optimizer"), OptimizerSpec.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new CheckpointFormatException(file, "field 'optimizer': " + e.getMessage().replace('\n', ' '), e);
        }
        if (saved.getClass() != optimizer.spec().getClass()) {
            throw new CheckpointFormatException(file, "holds " + typeName(saved) + " state but the optimizer is "
                    + typeName(optimizer.spec()));
        }
        JsonNode steps = CheckpointJson.required(file, n, "stepCount");
        Path stateFile = file(dir, OPTIMIZER_STATE_FILE);
        SafeTensorsFile state = SafeTensors.read(stateFile);
        try {
            optimizer.loadState(state.tensors(), steps.asLong());
        } catch (IllegalArgumentException e) {
            throw new CheckpointFormatException(stateFile, e.getMessage(), e);
        }
        optimizer.setLearningRate(saved.lr());
    }

    /** True when {@code dir} holds optimiser files. */
    public static boolean hasOptimizer(Path dir) {
        try {
            return Files.isRegularFile(CheckpointDirs.existing(dir).resolve(OPTIMIZER_FILE));
        } catch (IOException e) {
            return false;
        }
    }

    /** {@code name} inside the checkpoint {@code dir}, checked against its manifest. */
    private static Path file(Path dir, String name) throws IOException {
        Path f = CheckpointDirs.existing(dir).resolve(name);
        if (Files.exists(f) && !Files.isRegularFile(f)) {
            throw new CheckpointFormatException(f, Files.isDirectory(f) ? "is a directory, expected a file"
                    : "is not a regular file (a FIFO, device or socket); refusing to read it");
        }
        return CheckpointManifest.verified(f.getParent(), name);
    }

    /** The map stored in {@code dir/trainer.json}. */
    public static Map<String, Object> readTrainerState(Path dir) throws IOException {
        Path file = file(dir, TRAINER_FILE);
        return toMap(file, CheckpointJson.read(file));
    }

    private static Map<String, Object> toMap(Path file, JsonNode n) throws CheckpointFormatException {
        try {
            return LayerJson.mapper().convertValue(n, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (IllegalArgumentException e) {
            throw new CheckpointFormatException(file, "expected a JSON object: " + e.getMessage(), e);
        }
    }

    private static String typeName(OptimizerSpec spec) {
        return LayerJson.mapper().valueToTree(spec).get("type").asText();
    }
}
