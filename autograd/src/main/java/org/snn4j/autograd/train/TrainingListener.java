package org.snn4j.autograd.train;

import java.io.PrintStream;
import org.snn4j.autograd.nn.Module;

/**
 * What {@link Trainer} reports while it runs: progress displays, metric logs and per-step
 * monitors (e.g. {@link GradientNorms}) implement the calls they need. All methods do nothing
 * by default; they run on the training thread.
 */
public interface TrainingListener {
    /** A listener that ignores everything. */
    TrainingListener NONE = new TrainingListener() {
    };

    /** Epoch {@code epoch} (1-based) of {@code epochs} starts over {@code samples} training samples. */
    default void onEpochStart(int epoch, int epochs, long samples) {
    }

    /** After the backward pass of a batch, before the optimiser step: gradients are in place. */
    default void afterBackward(Module model) {
    }

    /**
     * A batch is done: {@code done} of {@code total} samples, running mean loss and accuracy of
     * the epoch so far.
     */
    default void onStep(int epoch, long done, long total, double loss, double accuracy) {
    }

    /** An epoch has finished and been evaluated. */
    default void onEpoch(EpochMetrics metrics, int epochs) {
    }

    /** A message for the user (e.g. "resumed from ..."). */
    default void onMessage(String line) {
    }

    /** Prints each epoch's {@link EpochMetrics#summary} and each message as a line on {@code out}. */
    static TrainingListener epochLines(PrintStream out) {
        return new TrainingListener() {
            @Override
            public void onEpoch(EpochMetrics m, int epochs) {
                out.println(m.summary(epochs));
                out.flush();
            }

            @Override
            public void onMessage(String line) {
                out.println(line);
                out.flush();
            }
        };
    }

    /** Calls every listener of {@code all} in order. */
    static TrainingListener all(java.util.List<TrainingListener> all) {
        java.util.List<TrainingListener> ls = java.util.List.copyOf(all);
        return new TrainingListener() {
            @Override
            public void onEpochStart(int epoch, int epochs, long samples) {
                ls.forEach(l -> l.onEpochStart(epoch, epochs, samples));
            }

            @Override
            public void afterBackward(Module model) {
                ls.forEach(l -> l.afterBackward(model));
            }

            @Override
            public void onStep(int epoch, long done, long total, double loss, double accuracy) {
                ls.forEach(l -> l.onStep(epoch, done, total, loss, accuracy));
            }

            @Override
            public void onEpoch(EpochMetrics metrics, int epochs) {
                ls.forEach(l -> l.onEpoch(metrics, epochs));
            }

            @Override
            public void onMessage(String line) {
                ls.forEach(l -> l.onMessage(line));
            }
        };
    }
}
