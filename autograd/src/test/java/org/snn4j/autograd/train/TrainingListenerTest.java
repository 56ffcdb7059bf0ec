package org.snn4j.autograd.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.nn.LinearSpec;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.nn.ReLUSpec;
import org.snn4j.autograd.nn.SequentialSpec;
import org.snn4j.autograd.ops.LossFunctions;
import org.snn4j.autograd.optim.AdamSpec;

/** The trainer's listener calls, per-layer gradient norms and the confusion matrix. */
class TrainingListenerTest {
    private static final Objective CE = new Objective() {
        @Override
        public Tensor loss(Tensor output, int[] labels) {
            return LossFunctions.crossEntropy(output, labels);
        }
    };

    private static InMemoryBatchSource data(int n) {
        SplittableRandom r = new SplittableRandom(3);
        float[] x = new float[n * 4];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 2;
            for (int j = 0; j < 4; j++) {
                x[i * 4 + j] = (float) (r.nextGaussian() + (j == y[i] ? 2 : 0));
            }
        }
        return new InMemoryBatchSource(Nd4j.create(x, new long[] {n, 4}, 'c'), y, 8, false);
    }

    private static Module model() {
        return new SequentialSpec(new LinearSpec(4, 5), new ReLUSpec(), new LinearSpec(5, 2)).build(new SplittableRandom(1));
    }

    @Test
    void trainerReportsEpochsStepsAndGradientsInOrder() {
        Module m = model();
        List<String> calls = new ArrayList<>();
        GradientNorms norms = new GradientNorms();
        TrainingListener log = new TrainingListener() {
            @Override
            public void onEpochStart(int epoch, int epochs, long samples) {
                calls.add("start " + epoch + "/" + epochs + " " + samples);
            }

            @Override
            public void onStep(int epoch, long done, long total, double loss, double accuracy) {
                calls.add("step " + done + "/" + total);
            }

            @Override
            public void onEpoch(EpochMetrics metrics, int epochs) {
                calls.add("epoch " + metrics.epoch());
            }
        };
        new Trainer(m, new AdamSpec(0.01).build(m.namedParameters()), null, CE, TrainerConfig.of(2, 5),
                TrainingListener.all(List.of(log, norms))).fit(data(16), null);
        assertEquals(List.of("start 1/2 16", "step 8/16", "step 16/16", "epoch 1", "start 2/2 16", "step 8/16",
                "step 16/16", "epoch 2"), calls);
        assertEquals(4, norms.history().size(), "one entry per batch");
        assertEquals(List.of("0", "2"), List.copyOf(norms.history().get(0).keySet()), "the two Linear layers");
    }

    @Test
    void gradientNormIsTheL2NormOfTheLayersOwnGradients() {
        Module m = model();
        InMemoryBatchSource d = data(8);
        Batch b = d.batches(0).next();
        CE.loss(m.forward(Tensor.constant(b.input())), b.labels()).backward();
        Map<String, Double> n = GradientNorms.of(m);
        double sq = 0;
        for (Map.Entry<String, org.snn4j.autograd.nn.Parameter> e : m.namedParameters().entrySet()) {
            if (e.getKey().startsWith("2.")) {
                double v = e.getValue().grad().norm2Number().doubleValue();
                sq += v * v;
            }
        }
        assertEquals(Math.sqrt(sq), n.get("2"), 1e-6);
        assertTrue(n.get("0") > 0);
    }

    @Test
    void confusionMatrixCountsTruthAgainstPrediction() {
        Module m = model();
        InMemoryBatchSource d = data(16);
        ConfusionMatrix c = ConfusionMatrix.of(m, CE, d);
        long total = 0;
        for (long[] row : c.counts()) {
            for (long v : row) {
                total += v;
            }
        }
        assertEquals(16, total);
        assertEquals(Evaluator.accuracy(m, CE, d), c.accuracy(), 1e-12);
        assertArrayEquals(new long[] {8, 8}, new long[] {c.counts()[0][0] + c.counts()[0][1],
            c.counts()[1][0] + c.counts()[1][1]}, "row sums are the class sizes");
    }
}
