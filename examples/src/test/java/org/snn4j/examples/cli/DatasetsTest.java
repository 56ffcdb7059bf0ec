package org.snn4j.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.snn4j.datasets.NMnist;
import org.snn4j.datasets.download.Resource;

class DatasetsTest {

    @Test
    void everyDatasetIsRegisteredUnderTheNameItsFilesCarry() {
        assertEquals(List.of("nmnist", "cifar10-dvs", "dvs-gesture", "mnist", "fashion-mnist", "cifar10"),
                Datasets.REGISTRY.names());
        Datasets.REGISTRY.entries().forEach((name, files) -> {
            assertTrue(!files.isEmpty(), name);
            for (Resource r : files) {
                assertEquals(name, r.dataset(), r.fileName());
            }
        });
        assertEquals(NMnist.DOWNLOADS, Datasets.REGISTRY.get(NMnist.NAME));
    }

    @Test
    void unknownDatasetListsTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Datasets.REGISTRY.get("imagenet"));
        assertEquals("unknown dataset 'imagenet'; known: nmnist, cifar10-dvs, dvs-gesture, mnist, fashion-mnist, cifar10",
                e.getMessage());
    }
}
