package org.snn4j.datasets.cache;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.snn4j.autograd.train.EpochMetrics;

/**
 * The one progress report of snn4j, thread-safe: preprocessing, downloads, emulation and training
 * epochs all use it.
 *
 * <p>On a terminal ({@code System.console() != null}) it redraws one line in place with a
 * carriage return: {@code label [##########          ]  50% 500/1000 212 samples/s ETA 0:02 loss 0.41}.
 * Otherwise (logs, CI) it prints a plain line each time another tenth of the work is done:
 * {@code label: 500/1000 (50%) 212 samples/s ETA 0:02 loss 0.41}. The rate and the ETA
 * ({@code (total - done) / rate}) appear once time has passed; the trailing status is whatever
 * the caller last passed to {@link #step(long, String)}. With an unknown total (≤ 0) it reports the
 * count only. Byte counts are shown in MiB when the bar is created with {@code bytes = true}.
 */
public final class ProgressBar {
    private static final int WIDTH = 30;

    private final String label;
    private final long total;
    private final boolean bytes;
    private final String unit;
    private final PrintStream out;
    private final boolean interactive;
    private final LongSupplier clock;
    private final long start;
    private long done;
    private long lastShown;
    private long printedDone = -1;
    private String status = "";
    private boolean finished;

    /**
     * A bar on the system clock that counts plain units.
     *
     * @param out         where to print, or null for a silent bar
     * @param interactive redraw in place with {@code \r} (terminals) instead of printing lines
     */
    public ProgressBar(String label, long total, boolean bytes, PrintStream out, boolean interactive) {
        this(label, total, bytes, "", out, interactive, System::nanoTime);
    }

    /**
     * @param unit  the name of one unit in the rate ({@code "samples"} gives {@code 212 samples/s});
     *              ignored for bytes (MiB/s)
     * @param clock nanoseconds, for the rate and the ETA
     */
    public ProgressBar(String label, long total, boolean bytes, String unit, PrintStream out, boolean interactive,
                       LongSupplier clock) {
        this.label = label;
        this.total = total;
        this.bytes = bytes;
        this.unit = unit.isEmpty() ? "" : " " + unit;
        this.out = out;
        this.interactive = interactive;
        this.clock = clock;
        this.start = clock.getAsLong();
        this.lastShown = interactive ? -1 : 0;
    }

    /** A bar on standard error, interactive when a console is attached. */
    public static ProgressBar console(String label, long total, boolean bytes) {
        return new ProgressBar(label, total, bytes, System.err, System.console() != null);
    }

    /** A bar that prints nothing. */
    public static ProgressBar silent() {
        return new ProgressBar("", 0, false, null, false);
    }

    /** Records {@code n} more units of work. */
    public synchronized void step(long n) {
        done += n;
        show(false);
    }

    /** Records {@code n} more units of work and replaces the trailing status (e.g. the running loss). */
    public synchronized void step(long n, String newStatus) {
        status = newStatus == null || newStatus.isEmpty() ? "" : " " + newStatus;
        step(n);
    }

    /** Units done so far. */
    public synchronized long done() {
        return done;
    }

    /** Prints the final state (once) and ends the line. */
    public synchronized void finish() {
        if (finished) {
            return;
        }
        finished = true;
        show(true);
        if (out != null && interactive) {
            out.println();
        }
    }

    private void show(boolean last) {
        if (out == null) {
            return;
        }
        long key = tick();
        if (key == lastShown && !(last && (interactive || done != printedDone))) {
            return;
        }
        lastShown = key;
        printedDone = done;
        if (interactive) {
            out.print("\r" + label + " " + bar() + " " + counts() + speed() + status);
        } else {
            out.println(label + ": " + counts() + speed() + status);
        }
        out.flush();
    }

    /** The value whose change triggers output: the percentage (terminal), the tenth (plain) or a power of two. */
    private long tick() {
        if (total <= 0) {
            return interactive ? done : Long.highestOneBit(Math.max(1, done));
        }
        long percent = Math.min(100, done * 100 / total);
        return interactive ? percent : percent / 10;
    }

    private String bar() {
        int filled = total <= 0 ? 0 : (int) Math.min(WIDTH, done * WIDTH / total);
        return "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "]";
    }

    private String counts() {
        if (total <= 0) {
            return format(done);
        }
        long percent = Math.min(100, done * 100 / total);
        return interactive ? String.format("%3d%% %s/%s", percent, format(done), format(total))
                : format(done) + "/" + format(total) + " (" + percent + "%)";
    }

    /** {@code " 212 samples/s ETA 0:02"}, or empty before any time has passed. */
    private String speed() {
        double seconds = (clock.getAsLong() - start) / 1e9;
        if (seconds <= 0 || done == 0) {
            return "";
        }
        double rate = done / seconds;
        String r = bytes ? String.format(Locale.ROOT, " %.1f MiB/s", rate / 1048576.0)
                : " " + EpochMetrics.rate(rate) + unit + "/s";
        if (total <= 0 || done >= total) {
            return r;
        }
        long eta = Math.round((total - done) / rate);
        return r + String.format(Locale.ROOT, " ETA %d:%02d", eta / 60, eta % 60);
    }

    private String format(long v) {
        return bytes ? String.format(Locale.ROOT, "%.1f MiB", v / 1048576.0) : Long.toString(v);
    }
}
