package org.snn4j.autograd.ops;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.backend.NativeArrays;

/**
 * The non-zero entries ("events") of an NCHW input {@code x [N, C, H, W]}, per sample: sample
 * {@code n} holds the entries {@code start[n] ≤ e < start[n + 1]}, each a position
 * {@code pos[e] = c·H·W + y·W + x} (ascending) and a value. Binary inputs (every non-zero is 1)
 * keep no values at all, so a 3 %-dense spike input costs 4 bytes per event, about 0.12 bytes
 * per input entry instead of 4 (float32). This is what the event-driven convolution keeps on the
 * tape for its weight gradient instead of the dense input.
 *
 * <p>{@link #scan} makes the list in one parallel pass over the samples and measures the density
 * on the way; it gives up (returns {@code null}) once the running count of non-zeros exceeds the
 * allowed density, so a dense input costs at most one partial read before the dense path.
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
    /** Values of a FLOAT input, {@code null} when binary or DOUBLE. */
    private final float[] floatValues;
    /** Values of a DOUBLE input, {@code null} when binary or FLOAT. */
    private final double[] doubleValues;

    private ConvEvents(long[] shape, DataType type, int[] start, int[] pos, float[] fv, double[] dv) {
        this.samples = (int) shape[0];
        this.channels = (int) shape[1];
        this.height = (int) shape[2];
        this.width = (int) shape[3];
        this.type = type;
        this.start = start;
        this.pos = pos;
        this.floatValues = fv;
        this.doubleValues = dv;
    }

    /** The value of event {@code e} (1 for a binary input). */
    double value(int e) {
        return doubleValues != null ? doubleValues[e] : floatValues != null ? floatValues[e] : 1.0;
    }

    /** True when every event has value 1. */
    boolean binary() {
        return floatValues == null && doubleValues == null;
    }

    int count() {
        return start[samples];
    }

    /** Events per input entry. */
    double density() {
        return (double) count() / ((long) samples * channels * height * width);
    }

    /**
     * The events of {@code x} ({@code [N, C, H, W]}, FLOAT or DOUBLE, any layout), or {@code null}
     * when more than {@code maxDensity} of its entries are non-zero.
     */
    static ConvEvents scan(INDArray x, double maxDensity) {
        if (maxDensity < 0) {
            return null;
        }
        NativeArrays in = NativeArrays.ofCopyIfNeeded(x);
        long[] shape = x.shape();
        int n = (int) shape[0];
        int per = (int) (shape[1] * shape[2] * shape[3]);
        long limit = (long) Math.min(Long.MAX_VALUE / 2, Math.floor(maxDensity * n * (double) per));
        boolean isFloat = x.dataType() == DataType.FLOAT;
        int[][] positions = new int[n][];
        Object[] values = new Object[n];
        AtomicLong found = new AtomicLong();
        IntStream.range(0, n).parallel().forEach(s -> {
            if (found.get() <= limit) {
                long k = isFloat ? scanFloat(in, s, per, positions, values) : scanDouble(in, s, per, positions, values);
                found.addAndGet(k);
            }
        });
        if (found.get() > limit) {
            return null;
        }
        return merge(shape, x.dataType(), positions, values);
    }

    private static int scanFloat(NativeArrays in, int s, int per, int[][] positions, Object[] values) {
        float[] row = new float[per];
        in.get(s * per, row, 0, per);
        int k = 0;
        for (float v : row) {
            if (v != 0f) {
                k++;
            }
        }
        int[] p = new int[k];
        float[] v = new float[k];
        for (int i = 0, j = 0; i < per; i++) {
            if (row[i] != 0f) {
                p[j] = i;
                v[j++] = row[i];
            }
        }
        positions[s] = p;
        values[s] = v;
        return k;
    }

    private static int scanDouble(NativeArrays in, int s, int per, int[][] positions, Object[] values) {
        double[] row = new double[per];
        in.get(s * per, row, 0, per);
        int k = 0;
        for (double v : row) {
            if (v != 0.0) {
                k++;
            }
        }
        int[] p = new int[k];
        double[] v = new double[k];
        for (int i = 0, j = 0; i < per; i++) {
            if (row[i] != 0.0) {
                p[j] = i;
                v[j++] = row[i];
            }
        }
        positions[s] = p;
        values[s] = v;
        return k;
    }

    private static ConvEvents merge(long[] shape, DataType type, int[][] positions, Object[] values) {
        int n = positions.length;
        int[] start = new int[n + 1];
        for (int s = 0; s < n; s++) {
            start[s + 1] = start[s] + positions[s].length;
        }
        int total = start[n];
        int[] pos = new int[total];
        boolean isFloat = type == DataType.FLOAT;
        float[] fv = isFloat ? new float[total] : null;
        double[] dv = isFloat ? null : new double[total];
        boolean binary = true;
        for (int s = 0; s < n; s++) {
            int len = positions[s].length;
            System.arraycopy(positions[s], 0, pos, start[s], len);
            System.arraycopy(values[s], 0, isFloat ? fv : dv, start[s], len);
            for (int i = start[s]; binary && i < start[s] + len; i++) {
                binary = (isFloat ? fv[i] : dv[i]) == 1.0;
            }
        }
        return binary ? new ConvEvents(shape, type, start, pos, null, null)
                : new ConvEvents(shape, type, start, pos, fv, dv);
    }

    @Override
    public String toString() {
        return "ConvEvents[" + samples + ", " + channels + ", " + height + ", " + width + "] " + count()
                + " events (density " + String.format(Locale.ROOT, "%.4f", density()) + ")"
                + (binary() ? ", binary" : "");
    }
}
