package org.snn4j.experiment.data;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.snn4j.autograd.train.Batch;
import org.snn4j.datasets.cache.MemoryBudget;
import org.snn4j.experiment.config.DataConfig;
import org.snn4j.experiment.RepoFiles;
import org.snn4j.experiment.config.FramesConfig;

/**
 * What the memory cache holds per real N-MNIST recording framed as the {@code nmnist-lif-mlp}
 * and {@code nmnist-slayer-mlp} presets frame it (10 frames by time, 300 × 1 ms spike bins): the
 * packed form keeps the 1,000/100 subset far under the default budget and a 10,000-recording run's
 * frames within 128 MiB.
 */
class MemoryCacheSizeTest {
    @Test
    void aRealNMnistRecordingPacksIntoAFewKilobytes() throws Exception {
        double frames = bytesPerRecording(10, new FramesConfig("time", 10, List.of(34, 34), 1));
        double spikes = bytesPerRecording(300, new FramesConfig("spikes", 300, List.of(34, 34), 1));
        System.out.printf("memory cache per real N-MNIST recording: %.0f bytes as 10 frames by time,"
                + " %.0f bytes as 300 x 1 ms spike bins%n", frames, spikes);
        assertTrue(frames > 500 && frames < 6_000, frames + " bytes per recording as frames");
        assertTrue(spikes > 500 && spikes < 12_000, spikes + " bytes per recording as spike bins");
    }

    private static double bytesPerRecording(int steps, FramesConfig frames) throws Exception {
        Path root = RepoFiles.sharedNmnist();
        assumeTrue(root != null, "needs $SNN4J_DATA/nmnist");
        DataConfig config = new DataConfig("nmnist", root.toString(), steps, null, frames, 100, 1, List.of(),
                null, null, 0, null);
        MemoryBudget budget = new MemoryBudget(1L << 30);
        ExperimentData data = ExperimentData.load(config, 50, 1, 1, budget);
        int n = 0;
        for (Iterator<Batch> it = data.train().batches(3); it.hasNext(); ) {
            n += it.next().labels().length;
        }
        return (double) budget.used() / n;
    }
}
