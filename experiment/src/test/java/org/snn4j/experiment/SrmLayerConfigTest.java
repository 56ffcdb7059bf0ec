package org.snn4j.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * SLAYER configs accept the spike response model as a neuron layer of its own: today's registered
 * neuron model {@code srm} and the legacy layer name {@code slayer-srm} both resolve (short form,
 * defaults filled in), count as spiking layers and build.
 */
class SrmLayerConfigTest {
    private static final String CONFIG = """
            {"name": "srm-layers", "seed": 3,
             "data": {"dataset": "nmnist", "frames": {"by": "spikes", "T": 20, "binMs": 1.0}},
             "model": {"layers": [
               {"type": "slayer-dense", "out": 16},
               {"type": "%s"},
               {"type": "slayer-dense", "out": 10}]},
             "loss": {"type": "num-spikes", "startStep": 0, "stopStep": 20, "trueCount": 6, "falseCount": 1},
             "optimizer": {"type": "adam", "lr": 0.01},
             "train": {"epochs": 1, "batchSize": 2, "testBatch": 2}}
            """;

    @Test
    void srmNeuronLayerResolves() {
        Experiment ex = Experiment.fromJson(CONFIG.formatted("srm"));
        JsonNode layer = ConfigLoader.mapper().valueToTree(ex.configMap()).at("/model/layers/1");
        assertEquals("srm", layer.path("type").asText(), layer.toString());
        assertTrue(ex.summary().rows().get(1).spiking());
        assertEquals(3, ex.summary().rows().size());
    }

    @Test
    void legacySlayerSrmResolvesWithDefaults() {
        Experiment ex = Experiment.fromJson(CONFIG.formatted("slayer-srm"));
        JsonNode layer = ConfigLoader.mapper().valueToTree(ex.configMap()).at("/model/layers/1");
        assertTrue(layer.has("neuron") || layer.has("tauSr"), layer.toString());
        assertTrue(ex.summary().rows().get(1).spiking());
        assertEquals(16, ex.summary().rows().get(1).neurons());
    }
}
