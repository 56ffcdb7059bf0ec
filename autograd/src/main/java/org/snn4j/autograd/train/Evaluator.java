package org.snn4j.autograd.train;

import java.util.Iterator;
import org.snn4j.autograd.GradMode;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.nn.Module;

/** Accuracy of a model on a batch source, in eval mode and without recording a graph. */
public final class Evaluator {
    private Evaluator() {
    }

    /** Fraction (0..1) of samples whose prediction equals the label. */
    public static double accuracy(Module model, Objective objective, BatchSource source) {
        boolean wasTraining = model.isTraining();
        model.eval();
        long correct = 0;
        long total = 0;
        try (GradMode.Scope s = GradMode.noGrad()) {
            Iterator<Batch> it = source.batches(0);
            while (it.hasNext()) {
                Batch b = it.next();
                int[] pred = objective.predict(model.forward(Tensor.constant(b.input())));
                correct += countCorrect(pred, b.labels());
                total += b.size();
            }
        } finally {
            if (wasTraining) {
                model.train();
            }
        }
        return total == 0 ? Double.NaN : (double) correct / total;
    }

    static int countCorrect(int[] pred, int[] labels) {
        int c = 0;
        for (int i = 0; i < labels.length; i++) {
            if (pred[i] == labels[i]) {
                c++;
            }
        }
        return c;
    }
}
