package org.snn4j.examples.progress;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.snn4j.autograd.train.EpochMetrics;
import org.snn4j.autograd.train.TrainingListener;
import org.snn4j.datasets.cache.ProgressBar;

/**
 * Training progress on the one {@link ProgressBar}: per epoch a bar with ETA, samples/s, running
 * loss and accuracy on a terminal, or a plain line per tenth of the epoch in logs and CI; then the
 * epoch's {@link EpochMetrics#summary} line.
 */
public final class TrainingProgress implements TrainingListener {
    private final PrintStream out;
    private final boolean interactive;
    private final LongSupplier clock;
    private ProgressBar bar = ProgressBar.silent();

    /** Progress on {@code out}, redrawn in place when a console is attached. */
    public TrainingProgress(PrintStream out) {
        this(out, System.console() != null, System::nanoTime);
    }

    /**
     * @param interactive redraw one line in place (terminals) instead of printing lines
     * @param clock       nanoseconds, for the rate and ETA
     */
    public TrainingProgress(PrintStream out, boolean interactive, LongSupplier clock) {
        this.out = out;
        this.interactive = interactive;
        this.clock = clock;
    }

    @Override
    public void onEpochStart(int epoch, int epochs, long samples) {
        bar = new ProgressBar("epoch " + epoch + "/" + epochs, samples, false, "samples", out, interactive, clock);
    }

    @Override
    public void onStep(int epoch, long done, long total, double loss, double accuracy) {
        bar.step(done - bar.done(), String.format(Locale.ROOT, "loss %.4f acc %.4f", loss, accuracy));
    }

    @Override
    public void onEpoch(EpochMetrics metrics, int epochs) {
        bar.finish();
        out.println(metrics.summary(epochs));
        out.flush();
    }

    @Override
    public void onMessage(String line) {
        out.println(line);
        out.flush();
    }
}
