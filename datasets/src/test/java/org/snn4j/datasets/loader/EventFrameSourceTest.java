package org.snn4j.datasets.loader;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.datasets.io.NMnistBinReader;
import org.snn4j.datasets.transforms.FramePipeline;
import org.snn4j.datasets.transforms.SharedData;
import org.snn4j.datasets.transforms.ToFrames;

class EventFrameSourceTest {

    static EventFiles fourNMnistFiles() {
        Path root = SharedData.root().resolve("nmnist");
        List<Path> files = List.of(root.resolve("Train/5/00001.bin"), root.resolve("Train/0/00002.bin"),
                root.resolve("Test/7/00001.bin"), root.resolve("Test/2/00002.bin"));
        return new EventFiles("nmnist-sample", root, files, new int[] {5, 0, 7, 2}, new NMnistBinReader());
    }

    @Test
    void idsAreRelativePathsWithoutExtension() {
        EventFiles f = fourNMnistFiles();
        assertEquals("Train/5/00001", f.id(0));
        assertEquals("Test/2/00002", f.id(3));
        assertEquals(7, f.label(2));
    }

    @Test
    void realNMnistBatchHoldsEveryEventTimeMajor() throws IOException {
        EventFrameSource src = EventFrameSource.inferShape(fourNMnistFiles(), FramePipeline.of(ToFrames.byTime(10)));
        assertArrayEquals(new int[] {10, 2, 34, 34}, src.sampleShape());
        DataLoader loader = new DataLoader(src, LoaderConfig.evaluation(4));
        try (BatchIterator it = loader.epoch(0)) {
            Batch b = it.next();
            INDArray f = b.features();
            assertArrayEquals(new long[] {10, 4, 2, 34, 34}, f.shape());
            // events per file (shared/data/README.md): 4681 + 5028 + 3330 + 4840
            assertEquals(17879.0, f.sumNumber().doubleValue(), 0.0);
            assertEquals(4681.0, f.get(org.nd4j.linalg.indexing.NDArrayIndex.all(),
                    org.nd4j.linalg.indexing.NDArrayIndex.point(0)).sumNumber().doubleValue(), 0.0);
            assertArrayEquals(new int[] {5, 0, 7, 2}, b.labels());
        }
    }

    @Test
    void variableFrameCountIsAClearPerSampleError() {
        EventFrameSource src = new EventFrameSource(fourNMnistFiles(), FramePipeline.of(ToFrames.byWindow(100_000, 0, 0)),
                3, 2, 34, 34);
        float[] dest = new float[3 * 2 * 34 * 34];
        // Train/5/00001 spans 893..305924 us = 305031 us -> 4 windows of 100 ms, not 3
        IOException e = assertThrows(IOException.class, () -> src.fill(0, dest, new SplittableRandom(0)));
        assertEquals("nmnist-sample sample Train/5/00001 gave frames of shape [4, 2, 34, 34], expected [3, 2, 34, 34]"
                + " (use a fixed frame count)", e.getMessage());
    }
}
