package org.snn4j.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snn4j.autograd.checkpoint.Checkpoint;

/**
 * The README example ({@code docs/quickstart/fmnist-small-csnn.json}, verbatim) trains from Java,
 * on the shared MNIST files standing in for Fashion-MNIST (same IDX layout) with tiny limits: the
 * run is repeatable, its resolved config has every inferred size written out, and a saved
 * checkpoint carries that config and rebuilds the same experiment.
 */
class ExperimentRunTest {
    static final List<String> TINY = List.of("data.limitTrain=64", "data.limitTest=32", "train.batchSize=32",
            "train.epochs=2");

    static List<String> tiny(Path mnist) {
        List<String> s = new java.util.ArrayList<>(TINY);
        s.add("data.dir=" + mnist);
        return s;
    }

    @Test
    void readmeExampleTrainsRepeatablyAndWritesItsResolvedConfig(@TempDir Path tmp) throws Exception {
        Path mnist = RepoFiles.sharedMnist();
        assumeTrue(mnist != null, "shared MNIST not found (set SNN4J_DATA)");
        Path file = RepoFiles.root().resolve("docs/quickstart/fmnist-small-csnn.json");
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8);
        Path epochs = tmp.resolve("epochs");
        Experiment a = Experiment.fromFile(file, tiny(mnist)).output(out, false).checkpoints(epochs, null);
        ExperimentResult ra = a.run();
        ExperimentResult rb = Experiment.fromFile(file, tiny(mnist)).output(out, false).run();
        assertEquals(2, ra.epochLosses().size());
        assertEquals(ra.epochLosses(), rb.epochLosses());
        assertTrue(ra.epochLosses().stream().allMatch(l -> Double.isFinite(l) && l > 0), ra.epochLosses().toString());

        JsonNode cfg = ConfigLoader.mapper().valueToTree(ra.config());
        assertEquals(1, cfg.at("/model/layers/0/inChannels").intValue());
        assertEquals(8, cfg.at("/model/layers/1/numFeatures").intValue());
        assertEquals("lif", cfg.at("/model/layers/2/type").textValue());
        assertEquals(8 * 14 * 14, cfg.at("/model/layers/5/in").intValue());
        assertEquals(0.002, cfg.at("/schedule/baseLr").doubleValue());
        assertEquals(2, cfg.at("/schedule/tMax").intValue());
        assertEquals(7, cfg.at("/seed").intValue());
        // 8·1·9 + 8 conv, 8 + 8 batch norm, 1568·10 + 10 linear
        assertEquals(80 + 16 + 15690, ra.parameters());
        String printed = buf.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("[4, B, 8, 28, 28]") && printed.contains("15,786"), printed);

        assertEquals(cfg.toString(), ConfigLoader.mapper().valueToTree(Checkpoint.readMetadata(epochs).get("config"))
                .toString(), "every epoch's checkpoint carries the resolved config");
        Path ckpt = tmp.resolve("ckpt");
        a.save(ckpt);
        assertEquals(cfg.toString(), ConfigLoader.mapper().valueToTree(Checkpoint.readMetadata(ckpt).get("config")).toString());
        Experiment again = Experiment.fromFile(ckpt, List.of());
        assertEquals(a.config(), again.config());
        assertTrue(Files.exists(ckpt.resolve("weights.safetensors")));
    }
}
