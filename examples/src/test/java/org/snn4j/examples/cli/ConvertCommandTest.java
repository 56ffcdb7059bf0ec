package org.snn4j.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snn4j.autograd.checkpoint.Checkpoint;
import org.snn4j.autograd.nn.FlattenSpec;
import org.snn4j.autograd.nn.LinearSpec;
import org.snn4j.autograd.nn.MaxPool2dSpec;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.nn.ReLUSpec;
import org.snn4j.autograd.nn.SequentialSpec;
import picocli.CommandLine;

/** {@code snn4j convert} on a small (untrained) checkpoint and 40 real MNIST test images. */
class ConvertCommandTest {

    @Test
    void convertsACheckpointAndWritesReportAndPlot(@TempDir Path dir) throws Exception {
        Path mnist = mnist();
        Module ann = new SequentialSpec(new MaxPool2dSpec(2), new FlattenSpec(), new LinearSpec(196, 32), new ReLUSpec(),
                new LinearSpec(32, 10)).build(new SplittableRandom(1));
        Checkpoint.save(dir.resolve("ckpt"), ann, null, null, Map.of("dataset", "mnist"));
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        int code;
        try {
            System.setOut(new PrintStream(buf, true, "UTF-8"));
            code = new CommandLine(new ConvertCommand()).execute("--checkpoint", dir.resolve("ckpt").toString(),
                    "--data", mnist.toString(), "--norm", "percentile:99", "--mode", "threshold", "--timesteps", "4,16",
                    "--calibration", "40", "--limit-test", "40", "--report", dir.resolve("r.json").toString(),
                    "--plot", dir.resolve("p.png").toString());
        } finally {
            System.setOut(saved);
        }
        assertEquals(0, code, buf.toString("UTF-8"));
        JsonNode r = new ObjectMapper().readTree(dir.resolve("r.json").toFile());
        assertEquals("mnist", r.get("dataset").asText());
        assertEquals("percentile:99/threshold", r.get("conversion").asText());
        assertEquals(2, r.get("accuracyByT").size());
        assertEquals(2 * 2, r.get("diagnostics").size());
        assertTrue(Files.size(dir.resolve("p.png")) > 1000);
        assertTrue(buf.toString("UTF-8").contains("T  accuracy"));
    }

    @Test
    void rejectsAnUnknownMode(@TempDir Path dir) throws Exception {
        assertEquals("--mode must be weights or threshold, got 'both'",
                org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                        () -> ConvertCommand.applyMode("both")).getMessage());
    }

    static Path mnist() {
        String env = System.getenv("SNN4J_DATA");
        for (String c : new String[] {env == null ? "" : env + "/mnist", "../shared/data/mnist", "../../shared/data/mnist"}) {
            if (!c.isEmpty() && Files.isDirectory(Path.of(c))) {
                return Path.of(c);
            }
        }
        assumeTrue(false, "shared MNIST not found (set SNN4J_DATA)");
        return null;
    }
}
