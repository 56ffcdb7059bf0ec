package org.snn4j.examples.monitor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.train.BatchSource;
import org.snn4j.examples.demo.Demo;
import org.snn4j.examples.demo.DemoData;
import org.snn4j.losses.SpikeCountObjective;
import org.snn4j.losses.CountCrossEntropy;

/** What the recorder writes agrees with itself: spikes are the threshold crossings of the traced membrane. */
class MonitorRecorderTest {

    @Test
    void recordsShapesRatesAndThresholdCrossings() {
        Module net = Demo.model().build(new SplittableRandom(3));
        DemoData data = DemoData.generate(1, 6, 11);
        BatchSource test = data.batches(4, false);
        MonitorRecording r = MonitorRecorder.record(net, new SpikeCountObjective(new CountCrossEntropy(false)), test,
                MonitorRequest.parse("spikes,membrane,rates", 5));
        assertEquals(5, r.samples(), "samples span two batches of 4");
        assertEquals(6, r.steps());
        assertEquals(List.of("2", "4"), r.layers().stream().map(LayerRecording::layer).toList());
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, r.labels(), "the first five recordings, in order");
        for (LayerRecording l : r.layers()) {
            assertArrayEquals(new long[] {5, 6, l.neurons()}, l.spikes().shape());
            assertEquals(l.spikes().meanNumber().doubleValue(), l.firingRate(), 1e-6);
            assertArrayEquals(l.spikes().mean(0, 1).toDoubleVector(), l.rates().toDoubleVector(), 1e-6);
            assertEquals(1.0, l.threshold());
            assertTrue(l.traced().size() == Math.min(MonitorRecorder.TRACED, l.neurons()));
            for (int s = 0; s < 5; s++) {
                for (int t = 0; t < 6; t++) {
                    for (int k = 0; k < l.traced().size(); k++) {
                        double h = l.membrane().getDouble(s, t, k);
                        double spike = l.spikes().getDouble(s, t, l.traced().get(k));
                        assertEquals(h >= l.threshold() ? 1.0 : 0.0, spike, "layer " + l.layer() + " sample " + s
                                + " t " + t + " H " + h);
                    }
                }
            }
        }
        INDArray first = r.layers().get(0).spikes();
        assertTrue(first.sumNumber().doubleValue() > 0, "the hidden layer spikes");
    }
}
