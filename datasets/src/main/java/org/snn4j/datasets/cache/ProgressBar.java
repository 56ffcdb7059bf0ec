package org.snn4j.datasets.cache;

import java.io.PrintStream;

/**
 * A thread-safe progress report for long jobs (preprocessing, downloads, emulation).
 *
 * <p>On a terminal ({@code System.console() != null}) it redraws one line in place with a
 * carriage return: {@code label [##########          ]  50% 500/1000}. Otherwise (logs, CI) it
 * prints a plain line each time another tenth of the work is done: {@code label: 500/1000 (50%)}.
 * With an unknown total (≤ 0) it reports the count only. Byte counts are shown in MiB when the
 * bar is created with {@code bytes = true}.
 */
public final class ProgressBar {
    private static final int WIDTH = 30;

    private final String label;
    private final long total;
    private final boolean bytes;
    private final PrintStream out;
    private final boolean interactive;
    private long done;
    private long lastShown;
    private long printedDone = -1;
    private boolean finished;

    /**
     * @param out         where to print, or null for a silent bar
     * @param interactive redraw in place with {@code \r} (terminals) instead of printing lines
     */
    public ProgressBar(String label, long total, boolean bytes, PrintStream out, boolean interactive) {
        this.label = label;
        this.total = total;
        this.bytes = bytes;
        this.out = out;
        this.interactive = interactive;
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
            out.print("\r" + label + " " + bar() + " " + counts());
        } else {
            out.println(label + ": " + counts());
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

    private String format(long v) {
        return bytes ? String.format("%.1f MiB", v / 1048576.0) : Long.toString(v);
    }
}
