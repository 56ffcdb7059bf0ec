package org.snn4j.examples.presets;
import org.snn4j.experiment.data.*;
import org.snn4j.losses.SoftmaxObjective;
import org.snn4j.losses.SpikeCountObjective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snn4j.datasets.Datasets;

/** Contract of every registered preset (cheap: nothing is built or trained). */
class PresetsTest {

    static List<Preset> presets() {
        return Presets.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("presets")
    void isRegisteredUnderItsNameWithHelpAndAKnownDataset(Preset p) {
        assertSame(p, Presets.REGISTRY.get(p.name()));
        assertFalse(p.summary().isBlank(), p.name());
        assertFalse(p.expectedRuntime().isBlank(), p.name());
        assertTrue(Datasets.REGISTRY.contains(p.dataset()), p.name() + ": dataset '" + p.dataset() + "'");
    }

    @Test
    void unknownPresetListsTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Presets.REGISTRY.get("nope"));
        assertTrue(e.getMessage().startsWith("unknown preset 'nope'; known: mnist-ann-mlp, mnist-ann-cnn"), e.getMessage());
        assertEquals(Presets.REGISTRY.names().size(), Presets.all().size());
    }
}
