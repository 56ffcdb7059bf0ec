package org.snn4j.autograd.checkpoint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
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
 * </pre>
 *
 * <p><b>Atomicity.</b> {@link #save} writes every file (each fsynced) into a fresh sibling
 * directory {@code .<name>.tmp-*}, then renames it to {@code dir}. An existing checkpoint at
 * {@code dir} is first renamed to {@code .<name>.old-*} and deleted after the swap, so
 * {@code dir} always holds a complete checkpoint or nothing; after a crash between the two
 * renames the previous checkpoint survives as {@code .<name>.old-*}. Loading is strict: a
 * missing, unexpected or mis-shaped tensor is a {@link CheckpointFormatException}.
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
        Path tmp = CheckpointDirs.createSibling(target, "tmp");
        try {
            SafeTensors.write(tmp.resolve(WEIGHTS_FILE), model.stateDict(), Map.of("producer", "snn4j"));
            if (optimizer != null) {
                SafeTensors.write(tmp.resolve(OPTIMIZER_STATE_FILE), optimizer.stateTensors(), Map.of("producer", "snn4j"));
                ObjectNode o = CheckpointJson.header(OPTIMIZER_FORMAT, VERSION);
                o.set("optimizer", LayerJson.mapper().valueToTree(optimizer.spec()));
                o.put("stepCount", optimizer.stepCount());
                CheckpointJson.write(tmp.resolve(OPTIMIZER_FILE), o);
            }
            if (trainerState != null) {
                CheckpointJson.write(tmp.resolve(TRAINER_FILE), LayerJson.mapper().valueToTree(trainerState));
            }
            ObjectNode m = CheckpointJson.header(MODEL_FORMAT, LayerJson.MODEL_FORMAT_VERSION);
            m.set("model", LayerJson.toTree(model.spec()));
            m.put("parameterCount", model.parameterCount());
            m.set("metadata", LayerJson.mapper().valueToTree(metadata == null ? Map.of() : metadata));
            CheckpointJson.write(tmp.resolve(MODEL_FILE), m);
            AtomicFiles.syncDirectory(tmp);
            CheckpointDirs.swapInto(tmp, target);
        } finally {
            AtomicFiles.deleteRecursively(tmp);
        }
    }

    /** The architecture stored in {@code dir/model.json}. */
    public static LayerSpec readSpec(Path dir) throws IOException {
        Path file = CheckpointDirs.existing(dir).resolve(MODEL_FILE);
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
        Path file = CheckpointDirs.existing(dir).resolve(MODEL_FILE);
        JsonNode m = CheckpointJson.readVersioned(file, MODEL_FORMAT, 1, LayerJson.MODEL_FORMAT_VERSION).get("metadata");
        return m == null || m.isNull() ? new LinkedHashMap<>() : toMap(file, m);
    }

    /** Rebuilds the model of {@code dir} from model.json and loads its weights strictly. */
    public static Module loadModel(Path dir) throws IOException {
        Module m = readSpec(dir).build(new SplittableRandom(0));
        loadWeights(dir, m);
        return m;
    }

    /** Loads {@code dir/weights.safetensors} into {@code model}, strictly and in place. */
    public static void loadWeights(Path dir, Module model) throws IOException {
        Path file = CheckpointDirs.existing(dir).resolve(WEIGHTS_FILE);
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
        Path file = CheckpointDirs.existing(dir).resolve(OPTIMIZER_FILE);
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
        Path stateFile = dir.resolve(OPTIMIZER_STATE_FILE);
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
        return Files.isRegularFile(dir.resolve(OPTIMIZER_FILE));
    }

    /** The map stored in {@code dir/trainer.json}. */
    public static Map<String, Object> readTrainerState(Path dir) throws IOException {
        Path file = CheckpointDirs.existing(dir).resolve(TRAINER_FILE);
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
