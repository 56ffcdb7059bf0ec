package org.snn4j.autograd.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snn4j.autograd.checkpoint.Checkpoint;
import org.snn4j.autograd.checkpoint.CheckpointFormatException;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.optim.Optimizer;

/**
 * The trainer's part of a checkpoint: the per-epoch history in {@code trainer.json}, next to the
 * model weights and optimiser state that {@link Checkpoint} writes. The number of finished
 * epochs is the length of the history.
 */
final class TrainerCheckpoint {
    static final String HISTORY = "history";

    private TrainerCheckpoint() {
    }

    static void save(Path dir, Module model, Optimizer optimizer, List<EpochMetrics> history) throws IOException {
        save(dir, model, optimizer, history, Map.of());
    }

    /** As above, with free-form {@code metadata} stored in model.json (e.g. the experiment config). */
    static void save(Path dir, Module model, Optimizer optimizer, List<EpochMetrics> history,
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
        Checkpoint.save(dir, model, optimizer, state, metadata);
    }

    /** Loads weights and optimiser state into the given objects; returns the stored history. */
    static List<EpochMetrics> restore(Path dir, Module model, Optimizer optimizer) {
        try {
            Checkpoint.loadWeights(dir, model);
            Checkpoint.loadOptimizer(dir, optimizer);
            Map<String, Object> state = Checkpoint.readTrainerState(dir);
            Object rows = state.get(HISTORY);
            if (!(rows instanceof List<?> list)) {
                throw new CheckpointFormatException(dir.resolve(Checkpoint.TRAINER_FILE), "field 'history' is missing or not a list");
            }
            List<EpochMetrics> out = new ArrayList<>();
            for (Object o : list) {
                Map<?, ?> r = (Map<?, ?>) o;
                out.add(new EpochMetrics(num(r, "epoch").intValue(), num(r, "trainLoss").doubleValue(),
                        num(r, "trainAccuracy").doubleValue(), num(r, "testAccuracy").doubleValue(),
                        num(r, "learningRate").doubleValue(), num(r, "seconds").doubleValue(),
                        num(r, "samplesPerSecond").doubleValue()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("could not resume from " + dir + ": " + e.getMessage(), e);
        }
    }

    private static Number num(Map<?, ?> row, String key) {
        Object v = row.get(key);
        if (v instanceof Number n) {
            return n;
        }
        if (v instanceof String s && s.equals("NaN")) {
            return Double.NaN;
        }
        throw new IllegalArgumentException("trainer.json history row lacks numeric '" + key + "': " + row);
    }
}
