package org.snn4j.autograd.ops;

import java.util.Arrays;
import java.util.Locale;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.backend.ParallelTasks;
import org.snn4j.autograd.ops.sparse.SpikeEvents;

/**
 * The non-zero entries ("events") of an NCHW input {@code x [N, C, H, W]}, per sample: the
 * {@link SpikeEvents} list of {@code x} viewed as {@code [N, C·H·W]}, so sample {@code n} holds the
 * entries {@code start[n] ≤ e < start[n + 1]}, each at position {@code pos[e] = c·H·W + y·W + x}
 * (ascending) with {@link #value}. Binary inputs (every non-zero is 1) keep no values at all, so a
 * 3 %-dense spike input costs 4 bytes per event, about 0.12 bytes per input entry instead of 4
 * (float32). This is what the event-driven convolution keeps on the tape for its weight gradient
 * instead of the dense input.
 *
 * <p>{@link #scan} makes the list with {@link SpikeEvents#scan} (one parallel pass, measuring the
 * density on the way) and gives up ({@code null}) when the input is denser than allowed, so a
 * dense input costs at most a partial read before the dense path.
 *
 * <p><b>Value levels.</b> A valued float32 list whose values are a few positive numbers (an
 * average-pooled spike map: ¼, ½, ¾ and 1 for 2 × 2 pooling) also has {@link #levels()}: the
 * distinct values (each event's level is looked up from its value by a small table). A consumer then
 * multiplies its source rows by each level once and treats the events as binary ones into the copy
 * of their level ({@link #byColumn}, {@link #byRow} with a level step): {@code v·s} is the same
 * float32 product either way, and the sums keep their order, so the results are bit for bit those
 * of the valued events.
 */
final class ConvEvents {
    /** The most value levels a list has ({@link #levels()}). */
    static final int MAX_LEVELS = 8;
    /** Events per parallel task when looking for the levels. */
    private static final int LEVEL_PIECE = 1 << 15;
    /** Bits of a slot of the value → level tables. */
    private static final int SLOT_BITS = 6;
    private static final int SLOTS = 1 << SLOT_BITS;

    final int samples;
    final int channels;
    final int height;
    final int width;
    final DataType type;
    /** {@code samples + 1} offsets into {@link #pos}. */
    final int[] start;
    final int[] pos;
    private final SpikeEvents events;
    /** {@code slot[y·W + x] = x·H + y}: each plane entry's place in column-major order. */
    private final int[] slot;
    /** {@code row[y·W + x] = y}. */
    private final int[] row;
    /** At most this many value levels ({@link #levels()}; 0: none). */
    private final int maxLevels;
    /** The distinct values, once {@link #levels()} has looked; null when the list has no levels. */
    private float[] levels;
    /** A value's float bits by {@link #slot} (0: none), and its level: most events find their level here. */
    private int[] slotBits;
    private byte[] slotLevel;
    private boolean levelsRead;

    private ConvEvents(long[] shape, DataType type, SpikeEvents events, int maxLevels) {
        this.samples = (int) shape[0];
        this.channels = (int) shape[1];
        this.height = (int) shape[2];
        this.width = (int) shape[3];
        this.type = type;
        this.events = events;
        this.maxLevels = maxLevels;
        this.start = events.rowStarts();
        this.pos = events.columns();
        this.slot = new int[height * width];
        this.row = new int[height * width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                slot[y * width + x] = x * height + y;
                row[y * width + x] = y;
            }
        }
    }

    /**
     * The events of {@code x} ({@code [N, C, H, W]}, FLOAT or DOUBLE, any layout), or {@code null}
     * when it is denser than {@code maxDensity} (checked per chunk of samples, {@link SpikeEvents#scan}).
     */
    static ConvEvents scan(INDArray x, double maxDensity) {
        return scan(x, maxDensity, MAX_LEVELS);
    }

    /** {@link #scan(INDArray, double)} with at most {@code maxLevels} value levels ({@link #levels()}; 0: none). */
    static ConvEvents scan(INDArray x, double maxDensity, int maxLevels) {
        long[] shape = x.shape();
        SpikeEvents e = SpikeEvents.scan(x.reshape('c', shape[0], shape[1] * shape[2] * shape[3]), maxDensity);
        return e == null ? null : new ConvEvents(shape, x.dataType(), e, Math.min(maxLevels, MAX_LEVELS));
    }

    /**
     * The distinct values of a valued float32 list, as float32, when there are at most
     * {@value #MAX_LEVELS} and each is positive and finite (so a zero times a level is +0, like the
     * zero it came from); else, and for binary or float64 lists, {@code null}. One pass over the
     * events, the first time it is asked (call it before sharing the list between threads).
     */
    synchronized float[] levels() {
        if (!levelsRead) {
            levelsRead = true;
            if (type == DataType.FLOAT && !binary() && maxLevels > 0) {
                findLevels();
            }
        }
        return levels;
    }

    /**
     * Pieces of {@value #LEVEL_PIECE} events in parallel, each listing its distinct values in the order
     * first seen, then merged in piece order: the levels come out in the order a single pass would
     * see them, so the result does not depend on the thread count.
     */
    private void findLevels() {
        int n = count();
        int pieces = (n + LEVEL_PIECE - 1) / LEVEL_PIECE;
        int[][] seen = new int[pieces][];
        ParallelTasks.forEach(pieces, p -> seen[p] = pieceLevels(p * LEVEL_PIECE, Math.min(n, (p + 1) * LEVEL_PIECE)));
        int[] bits = new int[maxLevels];
        int found = 0;
        for (int[] piece : seen) {
            if (piece == null) {
                return;
            }
            for (int b : piece) {
                found = admit(bits, found, b);
                if (found < 0) {
                    return;
                }
            }
        }
        levels = new float[found];
        slotBits = new int[SLOTS];
        slotLevel = new byte[SLOTS];
        for (int l = found - 1; l >= 0; l--) {   // on a shared slot the first level wins; the others are searched
            levels[l] = Float.intBitsToFloat(bits[l]);
            slotBits[slot(bits[l])] = bits[l];
            slotLevel[slot(bits[l])] = (byte) l;
        }
    }

    /**
     * The distinct float32 bits of the values of events {@code [e0, e1)} in the order first seen; null
     * when a value is not positive and finite or there are more than {@link #maxLevels}. A small
     * table by {@link #slot} answers most events without searching the list.
     */
    private int[] pieceLevels(int e0, int e1) {
        int[] bits = new int[maxLevels];
        int found = 0;
        int[] known = new int[SLOTS];   // 0 (the bits of +0.0f) is never a level: an empty slot
        for (int e = e0; e < e1; e++) {
            float v = (float) value(e);
            if (!(v > 0f && v < Float.POSITIVE_INFINITY)) {
                return null;
            }
            int b = Float.floatToRawIntBits(v);
            int h = slot(b);
            if (known[h] != b) {
                found = admit(bits, found, b);
                if (found < 0) {
                    return null;
                }
                if (known[h] == 0) {
                    known[h] = b;
                }
            }
        }
        return Arrays.copyOf(bits, found);
    }

    /** The level of event {@code e} (when {@link #levels()} is not null). */
    private int level(int e) {
        int b = Float.floatToRawIntBits((float) value(e));
        int h = slot(b);
        if (slotBits[h] == b) {
            return slotLevel[h];
        }
        int l = 0;
        while (Float.floatToRawIntBits(levels[l]) != b) {
            l++;
        }
        return l;
    }

    /**
     * Adds {@code b} to the distinct values {@code bits[0, found)} unless it is there already; returns
     * the new count, or −1 when it would be more than {@code bits.length}.
     */
    private static int admit(int[] bits, int found, int b) {
        for (int i = 0; i < found; i++) {
            if (bits[i] == b) {
                return found;
            }
        }
        if (found == bits.length) {
            return -1;
        }
        bits[found] = b;
        return found + 1;
    }

    /** The slot of float bits {@code b} in a table of {@value #SLOTS}: the top bits of a multiplicative hash. */
    private static int slot(int b) {
        return (b * 0x9E3779B1) >>> (Integer.SIZE - SLOT_BITS);
    }

    /** The value of event {@code e} (1 for a binary input). */
    double value(int e) {
        return events.value(e);
    }

    /** True when every event has value 1. */
    boolean binary() {
        return events.binary();
    }

    int count() {
        return events.nonZeros();
    }

    /** Events per input entry. */
    double density() {
        return events.density();
    }

    /** The largest event count of one sample. */
    int mostPerSample() {
        int most = 0;
        for (int s = 0; s < samples; s++) {
            most = Math.max(most, start[s + 1] - start[s]);
        }
        return most;
    }

    /**
     * Sorts the events of sample {@code n} by input column, then row (then channel: a stable
     * counting sort): {@code idx} gets {@code c·KH + y + pH} (the kernel row the event meets at
     * output row 0, plus a multiple of the row stride for later rows) and {@code val} the values
     * (left alone when {@code null}); the events of column {@code x} and rows {@code [y0, y1)} are
     * then {@code [bucket[x·H + y0], bucket[x·H + y1])} ({@code bucket} holds {@code H·W + 1}).
     * With {@code levelRows > 0} (only when {@link #levels()} is not null; {@code val} then null)
     * each {@code idx} gets {@code level · levelRows} added instead of a value.
     * No division per event: the events ascend, so the channel advances by comparison, and the plane
     * position's column-major slot and row come from tables. JFR of the conv N-MNIST step
     * (main-thread samples, 2026-12-07): this sort 7 % and {@link #byRow} 3 % with a division per
     * event, 1 % each without.
     */
    void byColumn(int n, int kh, int ph, int[] bucket, int[] idx, double[] val, int levelRows) {
        int hw = height * width;
        Arrays.fill(bucket, 0);
        for (int e = start[n], base = 0; e < start[n + 1]; e++) {
            while (pos[e] >= base + hw) {
                base += hw;
            }
            bucket[slot[pos[e] - base] + 1]++;
        }
        for (int k = 0; k < hw; k++) {
            bucket[k + 1] += bucket[k];
        }
        for (int e = start[n], c = 0, base = 0; e < start[n + 1]; e++) {
            while (pos[e] >= base + hw) {
                c++;
                base += hw;
            }
            int r = pos[e] - base;
            int to = bucket[slot[r]]++;
            idx[to] = c * kh + row[r] + ph + (levelRows > 0 ? level(e) * levelRows : 0);
            if (val != null) {
                val[to] = value(e);
            }
        }
        System.arraycopy(bucket, 0, bucket, 1, hw);
        bucket[0] = 0;
    }

    /**
     * The events of sample {@code n} in their own (channel, row, column) order: {@code idx} gets
     * {@code (y + pH)·rowWidth + x + pW}, the event's position in a padded row-major plane,
     * {@code val} the values (left alone when {@code null}), and {@code rows[c·H + y]} the first
     * event at or after channel {@code c}, row {@code y} ({@code rows} holds {@code C·H + 1}).
     * With {@code levelPositions > 0} (only when {@link #levels()} is not null; {@code val} then
     * null) each {@code idx} gets {@code level · levelPositions} added instead of a value.
     */
    void byRow(int n, int ph, int pw, int rowWidth, int[] rows, int[] idx, double[] val, int levelPositions) {
        int e0 = start[n];
        int e1 = start[n + 1];
        int e = e0;
        for (int cy = 0; cy < rows.length; cy++) {
            while (e < e1 && pos[e] < cy * width) {
                e++;
            }
            rows[cy] = e - e0;
        }
        int hw = height * width;
        int base = 0;
        for (e = e0; e < e1; e++) {
            while (pos[e] >= base + hw) {
                base += hw;
            }
            int r = pos[e] - base;
            int y = row[r];
            int level = levelPositions > 0 ? level(e) * levelPositions : 0;
            idx[e - e0] = (y + ph) * rowWidth + r - y * width + pw + level;
            if (val != null) {
                val[e - e0] = value(e);
            }
        }
    }

    @Override
    public String toString() {
        return "ConvEvents[" + samples + ", " + channels + ", " + height + ", " + width + "] " + count()
                + " events (density " + String.format(Locale.ROOT, "%.4f", density()) + ")"
                + (binary() ? ", binary" : "");
    }
}
