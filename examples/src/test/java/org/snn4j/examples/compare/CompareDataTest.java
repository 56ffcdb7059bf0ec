package org.snn4j.examples.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.snn4j.datasets.Split;
import org.snn4j.experiment.data.ImageData;

/** N-MNIST recordings become per-polarity event-count images scaled to a maximum of 1. */
class CompareDataTest {

    @Test
    void nmnistBecomesRateImages() throws Exception {
        Path root = null;
        String env = System.getenv("SNN4J_DATA");
        for (String c : new String[] {env == null ? "" : env + "/nmnist", "../shared/data/nmnist", "../../shared/data/nmnist"}) {
            if (!c.isEmpty() && Files.isDirectory(Path.of(c))) {
                root = Path.of(c);
                break;
            }
        }
        assumeTrue(root != null, "shared N-MNIST not found (set SNN4J_DATA)");
        ImageData d = CompareData.load("nmnist", root, Split.TEST, 4);
        assertArrayEquals(new long[] {4, 2, 34, 34}, d.images().shape());
        assertArrayEquals(new long[] {2, 34, 34}, CompareData.inputShape("nmnist"));
        for (int i = 0; i < 4; i++) {
            assertEquals(1.0, d.images().slice(i).maxNumber().doubleValue(), 0);
            assertEquals(0.0, d.images().slice(i).minNumber().doubleValue(), 0);
        }
        assertEquals(4, d.labels().length);
    }
}
