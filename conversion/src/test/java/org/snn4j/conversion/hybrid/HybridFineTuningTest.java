package org.snn4j.conversion.hybrid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.GradMode;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.nn.LinearSpec;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.nn.ReLUSpec;
import org.snn4j.autograd.nn.Sequential;
import org.snn4j.autograd.ops.LossFunctions;
import org.snn4j.autograd.optim.AdamSpec;
import org.snn4j.autograd.train.Evaluator;
import org.snn4j.autograd.train.InMemoryBatchSource;
import org.snn4j.autograd.train.Objective;
import org.snn4j.autograd.train.Trainer;
import org.snn4j.autograd.train.TrainerConfig;
import org.snn4j.autograd.train.TrainingListener;
import org.snn4j.conversion.Conversion;
import org.snn4j.conversion.Nets;
import org.snn4j.conversion.SpikingNetwork;
import org.snn4j.conversion.norm.ApplyMode;
import org.snn4j.conversion.norm.Normalization;
import org.snn4j.conversion.sim.IfSimulator;
import org.snn4j.neurons.model.Readout;
import org.snn4j.conversion.sim.SimulationConfig;
import org.snn4j.neurons.layers.NeuronLayerSpec;

/**
 * Conversion as initialisation on a synthetic 10-class task (labels from a random teacher
 * network): at T = 3 the converted IF network is poor; the same weights fine-tuned with
 * surrogate-gradient BPTT at T = 3 gain accuracy.
 */
class HybridFineTuningTest {
    private static final int T = 3;

    @Test
    void fineTuningAtSmallTRecoversAccuracyThatConversionLoses() {
        INDArray x = Nets.uniform(11, 1500, 16);
        int[] y = teacherLabels(x);
        INDArray xTest = Nets.uniform(12, 500, 16);
        int[] yTest = teacherLabels(xTest);
        Module ann = Nets.build(5, new LinearSpec(16, 64), new ReLUSpec(), new LinearSpec(64, 10));
        Objective ce = (out, labels) -> LossFunctions.crossEntropy(out, labels);
        new Trainer(ann, new AdamSpec(3e-3).build(ann.namedParameters()), null, ce, TrainerConfig.of(20, 1), TrainingListener.NONE)
                .fit(new InMemoryBatchSource(x, y, 64, true), null);
        double annAcc = Evaluator.accuracy(ann, ce, Nets.source(xTest, yTest, 500));
        SpikingNetwork snn = Conversion.convert(ann, new long[] {16}, Normalization.percentile(99.9), ApplyMode.WEIGHTS,
                Nets.source(x, y, 500), 1500);
        double converted = IfSimulator.run(snn, Nets.source(xTest, yTest, 500),
                SimulationConfig.defaults(T).withReadout(Readout.MEMBRANE).withDiagnostics(false)).accuracy()[0];

        Sequential hybrid = HybridNetworks.initialise(snn, NeuronLayerSpec.of("if"));
        FinalMembraneObjective objective = new FinalMembraneObjective(snn.scales().max(1));
        InMemoryBatchSource testSeq = new InMemoryBatchSource(xTest, yTest, 500, false, HybridNetworks.repeatOverTime(T));
        double before = Evaluator.accuracy(hybrid, objective, testSeq);
        assertEquals(converted, before, 0.01, "untrained hybrid network = converted network");

        new Trainer(hybrid, new AdamSpec(1e-3).build(hybrid.namedParameters()), null, objective, TrainerConfig.of(2, 2),
                TrainingListener.NONE).fit(new InMemoryBatchSource(x, y, 64, true, HybridNetworks.repeatOverTime(T)), null);
        double after = Evaluator.accuracy(hybrid, objective, testSeq);
        System.out.printf("hybrid test: ANN %.3f, converted T=%d %.3f, hybrid before %.3f after %.3f%n", annAcc, T,
                converted, before, after);
        assertTrue(annAcc > 0.8, "ANN " + annAcc);
        assertTrue(converted < annAcc - 0.05, "conversion at T=" + T + " should be poor: " + converted + " vs " + annAcc);
        assertTrue(after > converted + 0.05, "fine-tuning gains: " + converted + " -> " + after);
    }

    private static int[] teacherLabels(INDArray x) {
        Module teacher = Nets.build(99, new LinearSpec(16, 32), new ReLUSpec(), new LinearSpec(32, 10));
        try (GradMode.Scope s = GradMode.noGrad()) {
            INDArray out = teacher.forward(Tensor.constant(x)).value();
            int[] y = new int[(int) x.size(0)];
            for (int i = 0; i < y.length; i++) {
                y[i] = out.getRow(i).argMax().getInt(0);
            }
            return y;
        }
    }
}
