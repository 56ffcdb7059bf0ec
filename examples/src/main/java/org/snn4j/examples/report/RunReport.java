package org.snn4j.examples.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snn4j.autograd.train.EpochMetrics;
import org.snn4j.autograd.train.SettingsChange;
import org.snn4j.autograd.train.TrainingResult;

/**
 * The JSON report of a training or evaluation run ({@code --report FILE}).
 *
 * <p>Fields: {@code testAccuracy} (0..1), {@code epochs} (per-epoch metrics), {@code trainSeconds},
 * {@code samplesPerSecond}, plus {@code preset}, {@code seed}, {@code config} (the full
 * configuration: the hyperparameters, as of the last epoch), {@code backend}, {@code machine}
 * ({@link MachineInfo}) and {@code createdAt}. A run resumed with {@code --override} adds
 * {@code settingsChanges}: {@code [{fromEpoch, before, after}]}, the recorded and the new values of
 * each changed setting. Commands add {@code dataset}, {@code model} ({@code train}: the experiment's
 * summary with output shapes and neurons; {@code eval}: {@link ModelSummary} of the loaded model),
 * {@code confusion}, {@code timings} and {@code plots} ({@link RunArtifacts}); {@code train} also
 * {@code parameters} and {@code warnings} (dead-network check). Written atomically;
 * {@link #writeWithMarkdown} also writes the {@link ReportMarkdown} twin.
 */
public final class RunReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RunReport() {
    }

    /** The report as an ordered map. */
    public static Map<String, Object> of(String preset, long seed, Map<String, Object> config,
                                         TrainingResult result, String backend) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("preset", preset);
        r.put("testAccuracy", result.testAccuracy());
        r.put("trainSeconds", result.trainSeconds());
        r.put("samplesPerSecond", result.samplesPerSecond());
        r.put("seed", seed);
        List<Map<String, Object>> epochs = new ArrayList<>();
        for (EpochMetrics m : result.epochs()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("epoch", m.epoch());
            e.put("trainLoss", m.trainLoss());
            e.put("trainAccuracy", m.trainAccuracy());
            e.put("testAccuracy", m.testAccuracy());
            e.put("learningRate", m.learningRate());
            e.put("seconds", m.seconds());
            e.put("samplesPerSecond", m.samplesPerSecond());
            epochs.add(e);
        }
        r.put("epochs", epochs);
        if (!result.settingsChanges().isEmpty()) {
            List<Map<String, Object>> changes = new ArrayList<>();
            for (SettingsChange c : result.settingsChanges()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("fromEpoch", c.epoch());
                m.put("before", c.before());
                m.put("after", c.after());
                changes.add(m);
            }
            r.put("settingsChanges", changes);
        }
        r.put("config", config);
        r.put("backend", backend);
        r.put("machine", MachineInfo.current());
        r.put("createdAt", Instant.now().toString());
        return r;
    }

    /** Writes {@code report} as JSON to {@code file} and as Markdown beside it ({@code x.json} → {@code x.md}). */
    public static Path writeWithMarkdown(Path file, Map<String, Object> report) throws IOException {
        write(file, report);
        String name = file.getFileName().toString();
        Path md = file.resolveSibling((name.endsWith(".json") ? name.substring(0, name.length() - 5) : name) + ".md");
        Files.writeString(md, ReportMarkdown.render(report));
        return md;
    }

    /** Writes {@code report} as JSON to {@code file} (temporary file, then atomic rename). */
    public static void write(Path file, Map<String, Object> report) throws IOException {
        Path abs = file.toAbsolutePath();
        if (abs.getParent() != null) {
            Files.createDirectories(abs.getParent());
        }
        Path tmp = null;
        try {
            tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName(), ".tmp");
            JSON.writeValue(tmp.toFile(), report);
            Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            String why = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
            throw new IOException(abs + ": could not write the report: " + why, e);
        } finally {
            if (tmp != null) {
                Files.deleteIfExists(tmp);
            }
        }
    }
}
