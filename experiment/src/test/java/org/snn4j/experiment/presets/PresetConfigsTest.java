package org.snn4j.experiment.presets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.snn4j.autograd.nn.LayerJson;
import org.snn4j.autograd.optim.CosineAnnealing;
import org.snn4j.experiment.Experiment;
import org.snn4j.experiment.config.ExperimentConfig;

/**
 * Every shipped preset config resolves to the model the preset's Java class built before presets
 * became configs ({@code preset-models/<name>.json}, written by those classes), with the same
 * recipe: optimiser, learning rate, cosine schedule over the epochs, batch size, seed, augmentation,
 * T and loss.
 */
class PresetConfigsTest {

    @ParameterizedTest
    @CsvSource({
        "mnist-ann-mlp,     adam,  0.001, 20, 64, 2, 0,   cross-entropy",
        "mnist-ann-cnn,     adam,  0.001, 12, 64, 2, 0,   cross-entropy",
        "mnist-lif-mlp,     adam,  0.001, 20, 64, 2, 25,  count-ce",
        "mnist-lif-cnn,     adam,  0.001, 8,  64, 2, 4,   count-ce",
        "nmnist-lif-mlp,    adam,  0.003, 60, 32, 2, 10,  count-ce",
        "nmnist-lif-cnn,    adam,  0.005, 25, 32, 2, 10,  count-ce",
        "nmnist-slayer-mlp, nadam, 0.01,  16, 12, 4, 300, num-spikes",
        "nmnist-slayer-cnn, nadam, 0.002, 6,  12, 4, 300, num-spikes",
        "fmnist-lif-cnn,    adam,  0.001, 6,  64, 0, 4,   count-ce"})
    void resolvesToThePresetsModelAndRecipe(String name, String optimizer, double lr, int epochs, int batch, int shift,
                                            int steps, String loss) throws Exception {
        Experiment ex = Experiment.preset(name, List.of());
        ExperimentConfig c = ex.config();
        assertEquals(expectedModel(name), LayerJson.toTree(c.model().spec()), name + ": model");
        assertEquals(optimizer, ex.config().optimizer().getClass().getSimpleName().replace("Spec", "").toLowerCase());
        assertEquals(lr, c.optimizer().lr());
        assertEquals(new CosineAnnealing(lr, epochs, 0), c.schedule());
        assertEquals(epochs, c.train().epochs());
        assertEquals(batch, c.train().batchSize());
        assertEquals(42, c.seed());
        assertEquals(shift, c.data().augment().isEmpty() ? 0 : c.data().augment().get(0).max());
        assertEquals(steps, c.data().T());
        assertEquals(loss, c.loss().type());
        assertEquals(name, c.name());
    }

    private static JsonNode expectedModel(String name) throws Exception {
        try (InputStream in = PresetConfigsTest.class.getResourceAsStream("/preset-models/" + name + ".json")) {
            return LayerJson.mapper().readTree(in);
        }
    }
}
