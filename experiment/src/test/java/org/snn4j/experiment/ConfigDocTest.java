package org.snn4j.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.snn4j.autograd.nn.LayerTypes;
import org.snn4j.losses.Losses;
import org.snn4j.neurons.model.Neurons;
import org.snn4j.neurons.surrogate.Surrogates;

/**
 * {@code docs/CONFIG.md} is exactly what {@link ConfigSchema} generates from the records and
 * registries (regenerate it with {@code ConfigSchema.main} after changing them), and it names every
 * layer type, neuron model, surrogate and classification loss.
 */
class ConfigDocTest {

    @Test
    void docsMatchTheGeneratedSchema() throws Exception {
        Path doc = RepoFiles.root().resolve("docs/CONFIG.md");
        String generated = ConfigSchema.markdown();
        if (Boolean.getBoolean("snn4j.writeDocs")) {
            Files.writeString(doc, generated);
        }
        assertEquals(generated, Files.readString(doc),
                "docs/CONFIG.md is stale: run the test with -Dsnn4j.writeDocs=true to regenerate it");
        for (String n : LayerTypes.REGISTRY.names()) {
            assertTrue(n.equals("neuron") || generated.contains("| `" + n + "` |"), n);
        }
        Neurons.names().forEach(n -> assertTrue(generated.contains("| `" + n + "` |"), n));
        Surrogates.names().forEach(n -> assertTrue(generated.contains("| `" + n + "` |"), n));
        LossResolver.names().forEach(n -> assertTrue(generated.contains("| `" + n + "` |"), n));
        assertTrue(Losses.REGISTRY.names().size() >= LossResolver.names().size());
    }
}
