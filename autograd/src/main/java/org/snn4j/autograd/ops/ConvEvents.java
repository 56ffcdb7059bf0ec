package org.snn4j.autograd.ops;

import java.util.Arrays;
import java.util.Locale;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
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
 */
final class ConvEvents {
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

    private ConvEvents(long[] shape, DataType type, SpikeEvents events) {
        this.samples = (int) shape[0];
        this.channels = (int) shape[1];
        this.height = (int) shape[2];
        this.width = (int) shape[3];
        this.type = type;
        this.events = events;
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
        long[] shape = x.shape();
        SpikeEvents e = SpikeEvents.scan(x.reshape('c', shape[0], shape[1] * shape[2] * shape[3]), maxDensity);
        return e == null ? null : new ConvEvents(shape, x.dataType(), e);
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
     * No division per event: the events ascend, so the channel advances by comparison, and the plane
     * position's column-major slot and row come from tables. JFR of the conv N-MNIST step
     * (main-thread samples, 2026-12-07): this sort 7 % and {@link #byRow} 3 % with a division per
     * event, 1 % each without.
     */
    void byColumn(int n, int kh, int ph, int[] bucket, int[] idx, double[] val) {
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
            idx[to] = c * kh + row[r] + ph;
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
     */
    void byRow(int n, int ph, int pw, int rowWidth, int[] rows, int[] idx, double[] val) {
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
            idx[e - e0] = (y + ph) * rowWidth + r - y * width + pw;
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
