package org.snn4j.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The settings a checkpoint records for strict resume are the resolved config minus what may change
 * when a run is continued: the number of epochs, the schedule lengths derived from it and the data
 * folder; the learning rate is recorded once (optimizer.lr), so changing it is one difference.
 */
class ExperimentSettingsTest {

    private static JsonNode settings(String... sets) {
        return ConfigLoader.mapper().valueToTree(Experiment.preset("mnist-lif-mlp", List.of(sets)).settings());
    }

    @Test
    void moreEpochsOrAnotherDataFolderKeepTheSettings() {
        assertEquals(settings("train.epochs=2", "data.dir=/a"), settings("train.epochs=7", "data.dir=/b"));
        JsonNode s = settings();
        assertTrue(s.at("/train/epochs").isMissingNode(), s.toString());
        assertTrue(s.at("/schedule/tMax").isMissingNode(), s.toString());
        assertTrue(s.at("/schedule/baseLr").isMissingNode(), s.toString());
        assertEquals("cosine", s.at("/schedule/type").asText());
        assertEquals(0.001, s.at("/optimizer/lr").asDouble());
    }

    @Test
    void learningRateSeedAndBatchSizeAreSettings() {
        JsonNode base = settings();
        assertNotEquals(base, settings("optimizer.lr=0.01"));
        assertNotEquals(base, settings("seed=7"));
        assertNotEquals(base, settings("train.batchSize=8"));
        assertFalse(settings("optimizer.lr=0.01").at("/optimizer/lr").asDouble() == 0.001);
    }
}
