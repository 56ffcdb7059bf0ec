package org.snn4j.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A network that never fires is reported after the first training batches (all 6 here: fewer than Experiment.WATCHED_BATCHES), one line per silent
 * layer naming it and the fixes; a healthy network gets no warning; watching changes no loss.
 */
class FiringCheckTest {
    private static final String NET = """
            {"seed": 3, "data": {"dataset": "mnist", "T": 2, "limitTrain": 48, "limitTest": 8},
             "model": {"layers": [{"type": "flatten"}, {"type": "linear", "out": 16},
               {"type": "lif", "firing": {"threshold": %s}}, {"type": "linear", "out": 10},
               {"type": "lif", "firing": {"threshold": 0.05}}]},
             "train": {"batchSize": 8}}""";

    @Test
    void silentLayersAreNamedWithTheFixes() throws Exception {
        assumeTrue(RepoFiles.sharedMnist() != null, "shared MNIST not found (set SNN4J_DATA)");
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        ExperimentResult dead = Experiment.fromJson(NET.formatted("1000.0"), "data.dir=" + RepoFiles.sharedMnist())
                .output(new PrintStream(buf, true, StandardCharsets.UTF_8), false).run();
        List<String> w = dead.warnings();
        assertEquals(1, w.size(), w.toString()); // the output layer fires from its bias
        assertEquals("warning: layer 2 lif never fired in the first 6 batches (rate 0.0000): add batch norm before"
                + " it, lower its threshold, or raise the initial weight scale", w.get(0));
        assertTrue(buf.toString(StandardCharsets.UTF_8).contains(w.get(0)));

        ExperimentResult alive = Experiment.fromJson(NET.formatted("0.05"), "data.dir=" + RepoFiles.sharedMnist())
                .output(new PrintStream(new ByteArrayOutputStream()), false).run();
        assertTrue(alive.warnings().isEmpty(), alive.warnings().toString());
    }
}
