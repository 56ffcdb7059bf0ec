package org.snn4j.examples.progress;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongSupplier;
import org.snn4j.autograd.train.EpochMetrics;
import org.snn4j.autograd.train.TrainingListener;

/**
 * {@code --metrics FILE.jsonl}: one JSON object per line, flushed as it is written, so a running
 * job can be followed with {@code tail -f} or read with pandas' {@code read_json(lines=True)}.
 *
 * <pre>
 * {"type":"step","epoch":1,"samples":320,"total":1000,"loss":1.93,"accuracy":0.41,"seconds":1.2}
 * {"type":"epoch","epoch":1,"trainLoss":1.2,"trainAccuracy":0.6,"testAccuracy":0.7,"learningRate":0.002,
 *  "seconds":3.9,"samplesPerSecond":256}
 * </pre>
 * {@code seconds} of a step counts from the start of the log. Non-finite numbers are written as
 * {@code null}.
 */
public final class MetricsLog implements TrainingListener, AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final BufferedWriter out;
    private final LongSupplier clock;
    private final long start;

    /** Creates (or truncates) {@code file}. */
    public MetricsLog(Path file, LongSupplier clock) throws IOException {
        Path abs = file.toAbsolutePath();
        Files.createDirectories(abs.getParent());
        this.out = Files.newBufferedWriter(abs, StandardCharsets.UTF_8);
        this.clock = clock;
        this.start = clock.getAsLong();
    }

    @Override
    public void onStep(int epoch, long done, long total, double loss, double accuracy) {
        ObjectNode j = JSON.createObjectNode().put("type", "step").put("epoch", epoch).put("samples", done)
                .put("total", total);
        number(j, "loss", loss);
        number(j, "accuracy", accuracy);
        number(j, "seconds", (clock.getAsLong() - start) / 1e9);
        write(j);
    }

    @Override
    public void onEpoch(EpochMetrics m, int epochs) {
        ObjectNode j = JSON.createObjectNode().put("type", "epoch").put("epoch", m.epoch());
        number(j, "trainLoss", m.trainLoss());
        number(j, "trainAccuracy", m.trainAccuracy());
        number(j, "testAccuracy", m.testAccuracy());
        number(j, "learningRate", m.learningRate());
        number(j, "seconds", m.seconds());
        number(j, "samplesPerSecond", m.samplesPerSecond());
        write(j);
    }

    private static void number(ObjectNode j, String field, double v) {
        if (Double.isFinite(v)) {
            j.put(field, v);
        } else {
            j.putNull(field);
        }
    }

    private void write(ObjectNode j) {
        try {
            out.write(JSON.writeValueAsString(j));
            out.newLine();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the metrics log: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
