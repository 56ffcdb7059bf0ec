package org.snn4j.autograd.ops;

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

    private ConvEvents(long[] shape, DataType type, SpikeEvents events) {
        this.samples = (int) shape[0];
        this.channels = (int) shape[1];
        this.height = (int) shape[2];
        this.width = (int) shape[3];
        this.type = type;
        this.events = events;
        this.start = events.rowStarts();
        this.pos = events.columns();
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

    @Override
    public String toString() {
        return "ConvEvents[" + samples + ", " + channels + ", " + height + ", " + width + "] " + count()
                + " events (density " + String.format(Locale.ROOT, "%.4f", density()) + ")"
                + (binary() ? ", binary" : "");
    }
}
