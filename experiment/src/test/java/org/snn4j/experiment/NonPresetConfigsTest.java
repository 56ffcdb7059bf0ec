package org.snn4j.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Three architectures that are not presets train from config files alone (tiny limits, two
 * epochs, losses finite and repeatable): event frames by count (downsampled, tdBN, IF with
 * subtract reset and the rectangular surrogate, ALIF output, rate-CE, SGD with step decay); PLIF
 * with the sigmoid surrogate, BNTT, shared dropout, Bernoulli input and the TET loss (AdamW,
 * warm-up then cosine, clipping); SLAYER with learnable delays and the van Rossum loss; and the
 * learned encoder (a learnable-encoder layer added in front, its conv sized from the images).
 */
class NonPresetConfigsTest {

    @ParameterizedTest
    @CsvSource({
        "nmnist-count-frames,     nmnist, /model/layers/2/firing/surrogate, rectangular",
        "mnist-plif-tet,          mnist,  /model/layers/3/firing/surrogate, sigmoid",
        "nmnist-slayer-vanrossum, nmnist, /loss/type,                       van-rossum",
        "mnist-learned-encoder,   mnist,  /model/layers/0/type,             learnable-encoder"})
    void trainsFromItsConfigFile(String name, String dataset, String pointer, String expected) throws Exception {
        Path dir = dataset.equals("mnist") ? RepoFiles.sharedMnist() : RepoFiles.sharedNmnist();
        assumeTrue(dir != null, "shared " + dataset + " not found (set SNN4J_DATA)");
        Path file = Path.of(NonPresetConfigsTest.class.getResource("/configs/" + name + ".json").toURI());
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
        List<String> sets = List.of("data.dir=" + dir);
        ExperimentResult a = Experiment.fromFile(file, sets).output(quiet, false).run();
        ExperimentResult b = Experiment.fromFile(file, sets).output(quiet, false).run();
        assertEquals(2, a.epochLosses().size());
        assertTrue(a.epochLosses().stream().allMatch(Double::isFinite), a.epochLosses().toString());
        assertEquals(a.epochLosses(), b.epochLosses());
        JsonNode cfg = ConfigLoader.mapper().valueToTree(a.config());
        assertEquals(expected, cfg.at(pointer).asText(), cfg.toString());
        assertTrue(a.parameters() > 0);
    }
}
