package org.snn4j.datasets.loader;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.train.Batch;
import org.snn4j.datasets.EventDataset;
import org.snn4j.datasets.Split;
import org.snn4j.datasets.transforms.FramePipeline;
import org.snn4j.datasets.transforms.SharedData;
import org.snn4j.datasets.transforms.TestDatasets;
import org.snn4j.datasets.transforms.ToFrames;

class EventFrameSourceTest {

    /** Train/5/00001, Train/0/00002, Train/4/00003, Train/1/00004 (the first MNIST training digits). */
    static EventDataset fourNMnistFiles() {
        EventDataset train = TestDatasets.nmnist(Split.TRAIN);
        return TestDatasets.subset(train, TestDatasets.indexOf(train, "Train/5/00001"),
                TestDatasets.indexOf(train, "Train/0/00002"), TestDatasets.indexOf(train, "Train/4/00003"),
                TestDatasets.indexOf(train, "Train/1/00004"));
    }

    @Test
    void realNMnistBatchHoldsEveryEventTimeMajor() throws IOException {
        EventFrameSource src = EventFrameSource.inferShape(fourNMnistFiles(), FramePipeline.of(ToFrames.byTime(10)));
        assertArrayEquals(new int[] {10, 2, 34, 34}, src.sampleShape());
        DataLoader loader = new DataLoader(src, LoaderConfig.evaluation(4));
        try (BatchIterator it = loader.batches(0)) {
            Batch b = it.next();
            INDArray f = b.input();
            assertArrayEquals(new long[] {10, 4, 2, 34, 34}, f.shape());
            double expected = 0;
            for (String id : new String[] {"Train/5/00001", "Train/0/00002", "Train/4/00003", "Train/1/00004"}) {
                expected += SharedData.nmnist(id + ".bin").size();
            }
            assertEquals(expected, f.sumNumber().doubleValue(), 0.0);
            assertEquals(4681.0, f.get(org.nd4j.linalg.indexing.NDArrayIndex.all(),
                    org.nd4j.linalg.indexing.NDArrayIndex.point(0)).sumNumber().doubleValue(), 0.0);
            assertArrayEquals(new int[] {5, 0, 4, 1}, b.labels());
        }
    }

    @Test
    void variableFrameCountIsAClearPerSampleError() {
        EventFrameSource src = new EventFrameSource(fourNMnistFiles(), FramePipeline.of(ToFrames.byWindow(100_000, 0, 0)),
                3, 2, 34, 34);
        float[] dest = new float[3 * 2 * 34 * 34];
        // Train/5/00001 spans 893..305924 us = 305031 us -> 4 windows of 100 ms, not 3
        IOException e = assertThrows(IOException.class, () -> src.fill(0, dest, new SplittableRandom(0)));
        assertEquals("nmnist-train-subset sample Train/5/00001 gave frames of shape [4, 2, 34, 34], expected [3, 2, 34, 34]"
                + " (use a fixed frame count)", e.getMessage());
    }
}
