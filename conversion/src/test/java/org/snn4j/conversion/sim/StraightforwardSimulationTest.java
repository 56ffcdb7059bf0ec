package org.snn4j.conversion.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.snn4j.autograd.nn.AvgPool2dSpec;
import org.snn4j.autograd.nn.Conv2dSpec;
import org.snn4j.autograd.nn.FlattenSpec;
import org.snn4j.autograd.nn.LinearSpec;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.nn.ReLUSpec;
import org.snn4j.conversion.Conversion;
import org.snn4j.conversion.Nets;
import org.snn4j.conversion.SpikingNetwork;
import org.snn4j.conversion.network.Stage;
import org.snn4j.conversion.network.SynapseOp;
import org.snn4j.conversion.norm.ApplyMode;
import org.snn4j.conversion.norm.Normalization;
import org.snn4j.neurons.model.Readout;
import org.snn4j.neurons.model.ResetMode;

/**
 * The optimised simulator (prepared native ops, pooled emission, Java neuron loops, one pass for
 * every T) against a straightforward one written with plain ND4J ops, one step at a time: every
 * op applied to the previous layer's spikes, {@code v += z; s = v ≥ V_thr; v −= s·V_thr; N += s}.
 * On a tiny CNN (conv-avgpool-conv-avgpool-fc-fc) the spike counts of every layer and the
 * predictions at every T must be identical, for both resets and both readouts.
 */
class StraightforwardSimulationTest {
    private static final int[] TS = {1, 3, 8, 20};

    static Stream<Arguments> configs() {
        SimulationConfig base = SimulationConfig.defaults(TS).withDiagnostics(false);
        return Stream.of(Arguments.of(2, base),
                Arguments.of(2, base.withReset(ResetMode.TO_VALUE)),
                Arguments.of(2, base.withReadout(Readout.MEMBRANE)),
                Arguments.of(3, base));
    }

    /**
     * conv 3×3 → avgpool → conv 3×3 → avgpool 2 → fc 7 → fc 5 on 1×10×10; the first pool is 2×2
     * (tiled windows, counted as the layer fires) or 3×3 with stride 2 (overlapping windows).
     */
    private static Module net(int firstPool) {
        AvgPool2dSpec pool = firstPool == 2 ? new AvgPool2dSpec(2) : new AvgPool2dSpec(3, 2, 0);
        int side = firstPool == 2 ? 5 : 4;
        return Nets.build(8, new Conv2dSpec(1, 4, 3, 1, 1, 1, true), new ReLUSpec(), pool,
                new Conv2dSpec(4, 6, 3, 1, 0, 1, true), new ReLUSpec(), new AvgPool2dSpec(2), new FlattenSpec(),
                new LinearSpec(6 * ((side - 2) / 2) * ((side - 2) / 2), 7), new ReLUSpec(), new LinearSpec(7, 5));
    }

    @ParameterizedTest(name = "pool {0}, {1}")
    @MethodSource("configs")
    void optimisedRunMatchesTheStepByStepReference(int firstPool, SimulationConfig cfg) {
        Module ann = net(firstPool);
        INDArray x = Nets.uniform(4, 9, 1, 10, 10);
        SpikingNetwork snn = Conversion.convert(ann, new long[] {1, 10, 10}, Normalization.percentile(99.0),
                ApplyMode.WEIGHTS, Nets.source(Nets.uniform(5, 50, 1, 10, 10), new int[50], 25), 50);
        IfSimulator.BatchRun fast = IfSimulator.simulate(snn, x, cfg, new SplittableRandom(1));
        Reference ref = new Reference(snn, x, cfg);
        for (int l = 0; l < snn.layers() - 1; l++) {
            assertTrue(ref.counts.get(l).sumNumber().doubleValue() > 0, "layer " + (l + 1) + " never fires");
            assertArrayEquals(ref.counts.get(l).data().asDouble(), fast.finalCounts().get(l).data().asDouble(), 0,
                    "layer " + (l + 1) + " spike counts");
        }
        for (int k = 0; k < TS.length; k++) {
            assertArrayEquals(ref.predictions.get(k), fast.predictions()[k], "predictions at T = " + TS[k]);
        }
        // batches of 4 (the last one of 1) give the accuracy of the single batch of 9
        int[] labels = ref.predictions.get(TS.length - 1);
        double[] acc = IfSimulator.run(snn, Nets.source(x, labels, 4), cfg).accuracy();
        assertEquals(1.0, acc[TS.length - 1], 0);
        int[] firstFour = java.util.Arrays.copyOf(fast.predictions()[0], 4);
        assertArrayEquals(firstFour, IfSimulator.simulate(snn, x.get(NDArrayIndex.interval(0, 4)).dup(), cfg,
                new SplittableRandom(1)).predictions()[0]);
    }

    /** The step-by-step reference, one ND4J op after another, membranes in float64. */
    private static final class Reference {
        final List<INDArray> counts = new ArrayList<>();
        final List<int[]> predictions = new ArrayList<>();

        Reference(SpikingNetwork snn, INDArray x, SimulationConfig cfg) {
            List<Stage> stages = snn.network().stages();
            List<INDArray> v = new ArrayList<>();
            List<INDArray> theta = new ArrayList<>();
            INDArray in = x;
            for (int l = 0; l < stages.size(); l++) {
                in = ops(stages.get(l), in);
                v.add(Nd4j.zeros(DataType.DOUBLE, in.shape()));
                counts.add(Nd4j.zeros(DataType.DOUBLE, in.shape()));
                theta.add(LayerState.broadcast(snn.thresholds().get(l), in.shape(), DataType.DOUBLE));
            }
            boolean membrane = cfg.readout() == Readout.MEMBRANE;
            int k = 0;
            for (int t = 1; t <= cfg.maxSteps(); t++) {
                INDArray s = x;
                for (int l = 0; l < stages.size(); l++) {
                    INDArray z = ops(stages.get(l), s).castTo(DataType.DOUBLE);
                    v.get(l).addi(z);
                    if (l == stages.size() - 1 && membrane) {
                        break;
                    }
                    INDArray fired = v.get(l).sub(theta.get(l)).gte(0).castTo(DataType.DOUBLE);
                    if (cfg.reset() == ResetMode.SUBTRACT) {
                        v.get(l).subi(fired.mul(theta.get(l)));
                    } else {
                        v.get(l).muli(fired.rsub(1.0));
                    }
                    counts.get(l).addi(fired);
                    s = fired.castTo(x.dataType());
                }
                if (t == TS[k]) {
                    INDArray out = membrane ? v.get(stages.size() - 1) : counts.get(stages.size() - 1);
                    predictions.add(IfSimulator.argmax(out.castTo(x.dataType())));
                    k++;
                }
            }
        }

        private static INDArray ops(Stage stage, INDArray in) {
            INDArray y = in;
            for (SynapseOp op : stage.ops()) {
                y = op.apply(y);
            }
            return y;
        }
    }
}
