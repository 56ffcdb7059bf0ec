package org.snn4j.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snn4j.experiment.model.FiringCheck;

/**
 * A network that never fires is reported before training, one line per silent layer naming it and
 * the fixes; a healthy network gets no warning; the check leaves the model's buffers as they were.
 */
class FiringCheckTest {
    private static final String NET = """
            {"seed": 3, "data": {"dataset": "mnist", "T": 2, "limitTrain": 16, "limitTest": 8},
             "model": {"layers": [{"type": "flatten"}, {"type": "linear", "out": 16},
               {"type": "lif", "firing": {"threshold": %s}}, {"type": "linear", "out": 10}, {"type": "lif"}]},
             "train": {"batchSize": 8}}""";

    @Test
    void silentLayersAreNamedWithTheFixes() throws Exception {
        assumeTrue(RepoFiles.sharedMnist() != null, "shared MNIST not found (set SNN4J_DATA)");
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        Experiment dead = Experiment.fromJson(NET.formatted("1000.0"), "data.dir=" + RepoFiles.sharedMnist())
                .output(new PrintStream(buf, true, StandardCharsets.UTF_8), false);
        Map<String, Double> rates = FiringCheck.rates(dead.model(), dead.data().firstTrainInput(3));
        assertEquals(0.0, rates.get("2 lif"));
        List<String> w = dead.run().warnings();
        assertEquals(2, w.size(), w.toString());
        assertEquals("warning: layer 2 lif never fired on the first batch (rate 0.0000): add batch norm before it,"
                + " lower its threshold, or raise the initial weight scale", w.get(0));
        assertTrue(buf.toString(StandardCharsets.UTF_8).contains(w.get(0)));

        Experiment alive = Experiment.fromJson(NET.formatted("0.1"), "data.dir=" + RepoFiles.sharedMnist(),
                "model.layers[4].firing.threshold=0.1");
        assertTrue(FiringCheck.warnings(FiringCheck.rates(alive.model(), alive.data().firstTrainInput(3))).isEmpty());
    }
}
