package org.snn4j.autograd.train;

import java.util.Iterator;
import org.snn4j.autograd.GradMode;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.nn.Module;

/**
 * Counts of (true class, predicted class) pairs on a batch source: {@code counts[t][p]} samples of
 * class t were predicted as p. The diagonal sum over the total is the accuracy.
 */
public final class ConfusionMatrix {
    private final long[][] counts;

    private ConfusionMatrix(long[][] counts) {
        this.counts = counts;
    }

    /**
     * Runs {@code model} in eval mode without a graph over {@code source}. The matrix has
     * {@code 1 + max(label, prediction)} rows and columns.
     *
     * @throws IllegalArgumentException for a negative label or prediction
     */
    public static ConfusionMatrix of(Module model, Objective objective, BatchSource source) {
        long[][] c = new long[0][0];
        boolean wasTraining = model.isTraining();
        model.eval();
        try (GradMode.Scope s = GradMode.noGrad()) {
            Iterator<Batch> it = source.batches(0);
            while (it.hasNext()) {
                Batch b = it.next();
                int[] pred = objective.predict(model.forward(Tensor.constant(b.input())));
                for (int i = 0; i < pred.length; i++) {
                    int t = b.labels()[i];
                    if (t < 0 || pred[i] < 0) {
                        throw new IllegalArgumentException("confusion matrix: sample " + i + " has label " + t
                                + " and prediction " + pred[i] + " (classes are >= 0)");
                    }
                    c = grow(c, Math.max(t, pred[i]) + 1);
                    c[t][pred[i]]++;
                }
            }
        } finally {
            if (wasTraining) {
                model.train();
            }
        }
        return new ConfusionMatrix(c);
    }

    private static long[][] grow(long[][] c, int size) {
        if (size <= c.length) {
            return c;
        }
        long[][] g = new long[size][size];
        for (int i = 0; i < c.length; i++) {
            System.arraycopy(c[i], 0, g[i], 0, c.length);
        }
        return g;
    }

    /** {@code counts[true][predicted]}, a copy. */
    public long[][] counts() {
        long[][] out = new long[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            out[i] = counts[i].clone();
        }
        return out;
    }

    /** Diagonal over total, NaN when empty. */
    public double accuracy() {
        long diag = 0;
        long total = 0;
        for (int i = 0; i < counts.length; i++) {
            for (int j = 0; j < counts.length; j++) {
                total += counts[i][j];
            }
            diag += counts[i][i];
        }
        return total == 0 ? Double.NaN : (double) diag / total;
    }
}
