package org.snn4j.examples.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snn4j.autograd.train.EpochMetrics;

/** Training progress on the shared ProgressBar and the JSON-lines metrics log, on a fake clock. */
class TrainingProgressTest {
    private static final EpochMetrics EPOCH = new EpochMetrics(1, 0.5, 0.8, 0.75, 0.002, 4.0, 50);

    @Test
    void plainLinesCarryRateEtaLossAndAccuracyThenTheEpochSummary() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        long[] now = {0};
        TrainingProgress p = new TrainingProgress(new PrintStream(buf, true, StandardCharsets.UTF_8), false, () -> now[0]);
        p.onEpochStart(1, 3, 200);
        now[0] = 1_000_000_000L;
        p.onStep(1, 100, 200, 0.9, 0.5);
        now[0] = 2_000_000_000L;
        p.onStep(1, 200, 200, 0.7, 0.6);
        p.onEpoch(EPOCH, 3);
        assertEquals(List.of("epoch 1/3: 100/200 (50%) 100 samples/s ETA 0:01 loss 0.9000 acc 0.5000",
                "epoch 1/3: 200/200 (100%) 100 samples/s loss 0.7000 acc 0.6000",
                "epoch 1/3  loss 0.5000  train 0.8000  test 0.7500  lr 0.00200  4.0s  50 samples/s"),
                buf.toString(StandardCharsets.UTF_8).lines().toList());
    }

    @Test
    void terminalRedrawsOneLineInPlace() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        TrainingProgress p = new TrainingProgress(new PrintStream(buf, true, StandardCharsets.UTF_8), true, () -> 0L);
        p.onEpochStart(2, 2, 4);
        p.onStep(2, 2, 4, 0.25, 1.0);
        p.onStep(2, 4, 4, 0.125, 1.0);
        p.onEpoch(EPOCH, 2);
        String out = buf.toString(StandardCharsets.UTF_8);
        assertTrue(out.startsWith("\repoch 2/2 [###############               ]  50% 2/4 loss 0.2500 acc 1.0000"), out);
        assertTrue(out.contains("\repoch 2/2 [##############################] 100% 4/4 loss 0.1250 acc 1.0000"), out);
    }

    @Test
    void metricsLogWritesOneJsonLinePerStepAndEpoch(@TempDir Path dir) throws Exception {
        long[] now = {0};
        Path f = dir.resolve("sub/metrics.jsonl");
        try (MetricsLog log = new MetricsLog(f, () -> now[0])) {
            now[0] = 500_000_000L;
            log.onStep(1, 32, 64, 1.5, 0.25);
            log.onStep(1, 64, 64, Double.NaN, 0.5);
            log.onEpoch(EPOCH, 1);
        }
        List<String> lines = Files.readAllLines(f);
        assertEquals(3, lines.size());
        ObjectMapper json = new ObjectMapper();
        JsonNode step = json.readTree(lines.get(0));
        assertEquals("step", step.get("type").asText());
        assertEquals(32, step.get("samples").asInt());
        assertEquals(1.5, step.get("loss").asDouble());
        assertEquals(0.5, step.get("seconds").asDouble());
        assertTrue(json.readTree(lines.get(1)).get("loss").isNull(), "NaN is written as null");
        JsonNode epoch = json.readTree(lines.get(2));
        assertEquals("epoch", epoch.get("type").asText());
        assertEquals(0.75, epoch.get("testAccuracy").asDouble());
    }
}
