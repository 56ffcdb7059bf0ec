package org.snn4j.neurons.monitor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.check.RandomArrays;
import org.snn4j.autograd.nn.LinearSpec;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.nn.SequentialSpec;
import org.snn4j.neurons.model.Readout;
import org.snn4j.neurons.layers.NeuronLayerSpec;
import org.snn4j.neurons.layers.NeuronLayer;

/** Monitors: off by default at no cost, rates/rasters/traces when attached, per network instance. */
class MonitorTest {

    private static Module network() {
        return new SequentialSpec(new LinearSpec(4, 6), NeuronLayerSpec.of("lif-stbp"), new LinearSpec(6, 3), NeuronLayerSpec.of("plif"))
                .build(new SplittableRandom(3));
    }

    private static Tensor input() {
        return Tensor.variable(RandomArrays.uniform(1, 0, 2, 8, 3, 4).castTo(DataType.FLOAT));
    }

    private static NeuronLayer lif(Module net) {
        return (NeuronLayer) net.namedModules().get("1");
    }

    @Test
    void anUnmonitoredForwardHasNoMonitorState() {
        Module net = network();
        net.forward(input());
        net.namedModules().values().forEach(m -> {
            if (m instanceof Monitorable l) {
                assertNull(l.probe(), "no probe on an unmonitored layer");
            }
        });
    }

    @Test
    void monitoringChangesNeitherValuesNorGradients() {
        Module net = network();
        Tensor x = input();
        Tensor plain = net.forward(x);
        plain.sum().backward();
        INDArray plainGrad = x.grad().dup();
        Tensor y = input();
        Tensor monitored;
        try (Monitor m = Monitor.attach(net, new MonitorOptions(true, List.of(0, 2), 1))) {
            monitored = net.forward(y);
            monitored.sum().backward();
        }
        assertEquals(plain.value(), monitored.value());
        assertEquals(plainGrad, y.grad());
    }

    @Test
    void ratesRastersAndTracesAreRecordedPerLayer() {
        Module net = network();
        Tensor x = input();
        try (Monitor m = Monitor.attach(net, new MonitorOptions(true, List.of(0, 5), 1), "1")) {
            assertEquals(List.of("1"), m.layers());
            assertNull(((Monitorable) net.namedModules().get("3")).probe(), "only the chosen layer is monitored");
            INDArray hidden = net.namedModules().get("1").forward(net.namedModules().get("0").forward(x)).value();
            m.clear();
            net.forward(x);
            net.forward(x);
            assertEquals(hidden.meanNumber().doubleValue(), m.firingRates().get("1"), 1e-6);
            assertTrue(m.firingRates().get("1") > 0, "the drive makes the hidden layer fire");
            assertEquals(2, m.spikes("1").size(), "one raster per forward");
            INDArray raster = m.spikes("1").get(0);
            assertArrayEquals(new long[] {8, 6}, raster.shape());
            assertEquals(hidden.get(NDArrayIndex.all(), NDArrayIndex.point(1), NDArrayIndex.all()), raster);
            INDArray membrane = NeuronLayerSpec.of("lif-stbp").withReadout(Readout.MEMBRANE).build(null)
                    .forward(net.namedModules().get("0").forward(x)).value();
            INDArray trace = m.membraneTraces("1").get(0);
            assertArrayEquals(new long[] {8, 2}, trace.shape());
            assertEquals(membrane.get(NDArrayIndex.all(), NDArrayIndex.point(1), NDArrayIndex.point(5)), trace.getColumn(1));
        }
        assertNull(lif(net).probe(), "closing the monitor turns monitoring off");
    }

    @Test
    void aMonitorBelongsToOneNetworkInstance() {
        Module a = network();
        Module b = network();
        try (Monitor ma = Monitor.attach(a)) {
            assertNull(lif(b).probe(), "another instance of the same architecture is not monitored");
            assertThrows(IllegalStateException.class, () -> Monitor.attach(a));
            try (Monitor mb = Monitor.attach(b)) {
                a.forward(input());
                assertTrue(Double.isNaN(mb.firingRates().get("1")), "b has not run");
                assertSame(ma.probe("1"), lif(a).probe());
            }
        }
        assertThrows(IllegalArgumentException.class, () -> Monitor.attach(new LinearSpec(2, 2).build(new SplittableRandom(1))));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Monitor.attach(a, MonitorOptions.ratesOnly(), "0"));
        assertTrue(e.getMessage().contains("[1, 3]"), "lists the monitorable layers: " + e.getMessage());
    }

    @Test
    void badOptionsAreClearErrors() {
        assertThrows(IllegalArgumentException.class, () -> new MonitorOptions(false, List.of(-1), 0));
        Module net = network();
        try (Monitor m = Monitor.attach(net, new MonitorOptions(true, List.of(), 7))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> net.forward(input()));
            assertTrue(e.getMessage().contains("sample = 7"), e.getMessage());
        }
    }
}
