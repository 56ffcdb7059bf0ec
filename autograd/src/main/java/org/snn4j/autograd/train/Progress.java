package org.snn4j.autograd.train;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Training progress output: an in-place bar when stdout is a terminal, otherwise a plain line
 * at every tenth of the epoch (logs and CI stay readable).
 */
public final class Progress {
    private static final int WIDTH = 30;
    private final PrintStream out;
    private final boolean terminal;
    private final boolean enabled;
    private int lastDecile = -1;

    public Progress(PrintStream out, boolean enabled) {
        this(out, enabled, System.console() != null);
    }

    Progress(PrintStream out, boolean enabled, boolean terminal) {
        this.out = out;
        this.enabled = enabled;
        this.terminal = terminal;
    }

    /** Reports {@code done} of {@code total} samples in {@code epoch} with the running loss. */
    public void update(int epoch, long done, long total, double loss, double accuracy) {
        if (!enabled || total <= 0) {
            return;
        }
        double f = Math.min(1.0, (double) done / total);
        String stats = String.format(Locale.ROOT, "epoch %d %5.1f%% loss %.4f acc %.4f", epoch, 100 * f, loss, accuracy);
        if (terminal) {
            int filled = (int) Math.round(f * WIDTH);
            out.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + stats);
            if (done >= total) {
                out.println();
            }
            out.flush();
        } else {
            int decile = (int) Math.floor(f * 10);
            if (decile != lastDecile && decile > 0) {
                lastDecile = decile;
                out.println(stats);
            }
        }
    }

    /** Resets the line state at the start of an epoch. */
    public void startEpoch() {
        lastDecile = -1;
    }

    /** Prints a finished line (always plain). */
    public void line(String s) {
        if (enabled) {
            out.println(s);
            out.flush();
        }
    }
}
