package org.snn4j.autograd.train;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snn4j.autograd.checkpoint.Checkpoint;
import org.snn4j.autograd.checkpoint.CheckpointFormatException;
import org.snn4j.autograd.nn.LayerJson;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.optim.Optimizer;

/**
 * The trainer's part of a checkpoint: {@code trainer.json}, next to the model weights and optimiser
 * state that {@link Checkpoint} writes.
 * <pre>
 * {"epochsDone": k, "history": [{epoch, trainLoss, ...}, ...],
 *  "settings": {"lr": .., "batchSize": .., "seed": .., ...},          (absent in older checkpoints)
 *  "settingsChanges": [{"epoch": e, "before": {..}, "after": {..}}]}   (resumes with --override)
 * </pre>
 * The number of finished epochs is the length of the history.
 */
final class TrainerCheckpoint {
    static final String HISTORY = "history";
    static final String SETTINGS = "settings";
    static final String CHANGES = "settingsChanges";
    private static final String[] METRICS = {"epoch", "trainLoss", "trainAccuracy", "testAccuracy", "learningRate",
        "seconds", "samplesPerSecond"};

    /** What a checkpoint says about the run so far; {@code settings} is null for older checkpoints. */
    record Restored(List<EpochMetrics> history, Map<String, Object> settings, List<SettingsChange> changes) {
    }

    private TrainerCheckpoint() {
    }

    static void save(Path dir, Module model, Optimizer optimizer, List<EpochMetrics> history,
                     Map<String, Object> settings, List<SettingsChange> changes,
                     Map<String, ?> metadata) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (EpochMetrics m : history) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("epoch", m.epoch());
            r.put("trainLoss", m.trainLoss());
            r.put("trainAccuracy", m.trainAccuracy());
            r.put("testAccuracy", m.testAccuracy());
            r.put("learningRate", m.learningRate());
            r.put("seconds", m.seconds());
            r.put("samplesPerSecond", m.samplesPerSecond());
            rows.add(r);
        }
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("epochsDone", history.size());
        state.put(HISTORY, rows);
        state.put(SETTINGS, plain(settings));
        state.put(CHANGES, changes);
        Checkpoint.save(dir, model, optimizer, state, metadata);
    }

    /** Reads {@code trainer.json} of {@code dir} without touching the model. */
    static Restored read(Path dir) {
        Path file = dir.resolve(Checkpoint.TRAINER_FILE);
        try {
            Map<String, Object> state = Checkpoint.readTrainerState(dir);
            if (!(state.get(HISTORY) instanceof List<?> list)) {
                throw new CheckpointFormatException(file, "field 'history' is missing or not a list");
            }
            List<EpochMetrics> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                if (!(list.get(i) instanceof Map<?, ?> r)) {
                    throw new CheckpointFormatException(file, "field 'history[" + i + "]' is not an object");
                }
                double[] v = new double[METRICS.length];
                for (int k = 0; k < v.length; k++) {
                    v[k] = num(file, i, r, METRICS[k]);
                }
                out.add(new EpochMetrics((int) v[0], v[1], v[2], v[3], v[4], v[5], v[6]));
            }
            Object s = state.get(SETTINGS);
            if (s != null && !(s instanceof Map<?, ?>)) {
                throw new CheckpointFormatException(file, "field 'settings' is not an object");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> settings = (Map<String, Object>) s;
            return new Restored(out, settings, changes(file, state.get(CHANGES)));
        } catch (IOException e) {
            throw new UncheckedIOException("could not resume from " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Loads weights and optimiser state into the given objects. */
    static void restoreState(Path dir, Module model, Optimizer optimizer) {
        try {
            Checkpoint.loadWeights(dir, model);
            Checkpoint.loadOptimizer(dir, optimizer);
        } catch (IOException e) {
            throw new UncheckedIOException("could not resume from " + dir + ": " + e.getMessage(), e);
        }
    }

    /** {@code settings} as plain JSON values (maps, lists, strings, numbers), as they read back. */
    static Map<String, Object> plain(Map<String, Object> settings) {
        return LayerJson.mapper().convertValue(settings, new TypeReference<LinkedHashMap<String, Object>>() { });
    }

    private static List<SettingsChange> changes(Path file, Object v) throws CheckpointFormatException {
        if (v == null) {
            return List.of();
        }
        try {
            List<Map<String, Object>> rows = LayerJson.mapper().convertValue(v,
                    new TypeReference<List<Map<String, Object>>>() { });
            List<SettingsChange> out = new ArrayList<>();
            for (Map<String, Object> r : rows) {
                @SuppressWarnings("unchecked")
                SettingsChange c = new SettingsChange(((Number) r.get("epoch")).intValue(),
                        (Map<String, Object>) r.get("before"), (Map<String, Object>) r.get("after"));
                out.add(c);
            }
            return out;
        } catch (IllegalArgumentException | ClassCastException | NullPointerException e) {
            throw new CheckpointFormatException(file, "field '" + CHANGES + "' is not a list of {epoch, before, after}");
        }
    }

    private static double num(Path file, int row, Map<?, ?> r, String key) throws CheckpointFormatException {
        Object v = r.get(key);
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof String s && (s.equals("NaN") || s.equals("Infinity") || s.equals("-Infinity"))) {
            return Double.parseDouble(s);
        }
        throw new CheckpointFormatException(file, "field 'history[" + row + "]." + key + "' is " + v + ", expected a number");
    }
}
