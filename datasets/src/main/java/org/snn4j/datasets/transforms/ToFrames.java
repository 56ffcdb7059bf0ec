package org.snn4j.datasets.transforms;

import org.snn4j.datasets.events.Events;

/**
 * Accumulates events into polarity frames {@code float[T][2][H][W]}: the value at
 * {@code [k][p][y][x]} is the number of events of polarity p at pixel (x, y) inside slice k.
 *
 * <p>Three ways to slice, all relative to the first event (t<sub>0</sub> = t[0]); with
 * {@code overlap} o ∈ [0, 1) consecutive slices share a fraction o of their length, so the stride
 * is S = L·(1 − o):
 * <ul>
 *   <li>{@link Slicing#BY_TIME}: T slices covering [t<sub>0</sub>, t<sub>last</sub>] exactly, each of
 *       length L = D / (1 + (T − 1)(1 − o)) with D = t<sub>last</sub> − t<sub>0</sub>. Slice k is
 *       [t<sub>0</sub> + kS, t<sub>0</sub> + kS + L), the last one closed on the right. Without
 *       overlap an event at relative time r goes to slice ⌊r·T/D⌋ (capped at T − 1), computed in
 *       exact integer arithmetic. If D = 0 every event goes to slice 0.</li>
 *   <li>{@link Slicing#BY_EVENT_COUNT}: T slices over event indices. Without overlap slice k holds
 *       indices [⌊kN/T⌋, ⌊(k+1)N/T⌋), so slice sizes differ by at most one; with overlap, slice k
 *       holds [round(kS), round(kS + L)) with L = N / (1 + (T − 1)(1 − o)) and the last slice ends at N.</li>
 *   <li>{@link Slicing#TIME_WINDOW}: windows of fixed length {@code windowUs}, window k =
 *       [t<sub>0</sub> + kS, t<sub>0</sub> + kS + L). With {@code frames > 0} exactly that many windows
 *       are produced (later events are dropped, missing windows are empty); with {@code frames = 0}
 *       just enough windows to contain the last event.</li>
 * </ul>
 * An empty stream gives all-zero frames (one frame for {@code TIME_WINDOW} with {@code frames = 0}).
 * Same semantics as Tonic's {@code ToFrame} and SpikingJelly's {@code integrate_events_by_fixed_frames_number}
 * up to the documented tie-breaking at slice edges.
 *
 * @param slicing  how slices are cut
 * @param frames   T; at least 1, or 0 for "as many windows as needed" with {@code TIME_WINDOW}
 * @param windowUs slice length in µs for {@code TIME_WINDOW}, 0 otherwise
 * @param overlap  shared fraction of consecutive slices, in [0, 1)
 */
public record ToFrames(Slicing slicing, int frames, long windowUs, double overlap) implements FrameEncoder {

    /** How {@link ToFrames} cuts the stream into slices. */
    public enum Slicing { BY_TIME, BY_EVENT_COUNT, TIME_WINDOW }

    /** Validates every field against its mode. */
    public ToFrames {
        if (slicing == null) {
            throw new IllegalArgumentException("slicing must not be null");
        }
        if (!(overlap >= 0 && overlap < 1)) {
            throw new IllegalArgumentException("overlap must be in [0, 1), got " + overlap);
        }
        if (slicing == Slicing.TIME_WINDOW) {
            if (windowUs <= 0) {
                throw new IllegalArgumentException("windowUs must be > 0 for TIME_WINDOW, got " + windowUs);
            }
            if (frames < 0) {
                throw new IllegalArgumentException("frames must be >= 0 for TIME_WINDOW (0 = as needed), got " + frames);
            }
        } else {
            if (frames < 1) {
                throw new IllegalArgumentException("frames must be >= 1 for " + slicing + ", got " + frames);
            }
            if (windowUs != 0) {
                throw new IllegalArgumentException("windowUs must be 0 for " + slicing + ", got " + windowUs);
            }
        }
    }

    /** T equal-duration slices without overlap. */
    public static ToFrames byTime(int frames) {
        return new ToFrames(Slicing.BY_TIME, frames, 0, 0);
    }

    /** T equal-duration slices sharing a fraction {@code overlap} with their neighbours. */
    public static ToFrames byTime(int frames, double overlap) {
        return new ToFrames(Slicing.BY_TIME, frames, 0, overlap);
    }

    /** T slices with (almost) equal event counts. */
    public static ToFrames byEventCount(int frames) {
        return new ToFrames(Slicing.BY_EVENT_COUNT, frames, 0, 0);
    }

    /** T slices over event indices sharing a fraction {@code overlap}. */
    public static ToFrames byEventCount(int frames, double overlap) {
        return new ToFrames(Slicing.BY_EVENT_COUNT, frames, 0, overlap);
    }

    /** Fixed windows of {@code windowUs}; {@code frames = 0} means as many as needed. */
    public static ToFrames byWindow(long windowUs, int frames, double overlap) {
        return new ToFrames(Slicing.TIME_WINDOW, frames, windowUs, overlap);
    }

    @Override
    public Frames encode(Events events) {
        int n = frameCount(events);
        int w = events.width();
        int h = events.height();
        long elements = 2L * n * w * h;
        if (elements > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("ToFrames would make " + n + " frames of 2x" + h + "x" + w
                    + " (" + elements + " floats); use a longer windowUs or a fixed frame count");
        }
        float[] out = new float[(int) elements];
        if (events.size() > 0) {
            if (slicing == Slicing.BY_EVENT_COUNT) {
                accumulateByCount(events, n, out);
            } else {
                accumulateByTime(events, n, out);
            }
        }
        return new Frames(out, n, 2, h, w);
    }

    /** Number of slices this encoder produces for {@code events}. */
    public int frameCount(Events events) {
        if (slicing != Slicing.TIME_WINDOW || frames > 0) {
            return frames;
        }
        if (events.size() == 0) {
            return 1;
        }
        long d = events.t(events.size() - 1) - events.t(0);
        double stride = windowUs * (1 - overlap);
        if (d < windowUs) {
            return 1;
        }
        return (int) Math.min(Integer.MAX_VALUE, (long) Math.floor((d - windowUs) / stride) + 2);
    }

    private void accumulateByTime(Events events, int n, float[] out) {
        int size = events.size();
        long t0 = events.t(0);
        long d = events.t(size - 1) - t0;
        boolean window = slicing == Slicing.TIME_WINDOW;
        if (!window && d == 0) {
            for (int i = 0; i < size; i++) {
                add(events, i, 0, out);
            }
            return;
        }
        double length = window ? windowUs : d / (1 + (n - 1) * (1 - overlap));
        double stride = length * (1 - overlap);
        for (int i = 0; i < size; i++) {
            long r = events.t(i) - t0;
            if (overlap == 0) {
                long k = window ? r / windowUs : Math.min(n - 1, r * n / d);
                if (k < n) {
                    add(events, i, (int) k, out);
                }
            } else {
                addOverlapping(events, i, r, stride, length, n, !window, out);
            }
        }
    }

    /** Adds event i to every slice k with kS <= r < kS + L (last slice closed when {@code closedLast}). */
    private static void addOverlapping(Events events, int i, long r, double stride, double length, int n,
                                       boolean closedLast, float[] out) {
        int k = (int) Math.min(n - 1, (long) Math.floor(r / stride));
        while (k > 0 && k * stride > r) {
            k--;
        }
        for (; k >= 0; k--) {
            boolean inside = k * stride + length > r || (closedLast && k == n - 1);
            if (!inside) {
                break;
            }
            add(events, i, k, out);
        }
    }

    private void accumulateByCount(Events events, int n, float[] out) {
        int size = events.size();
        if (overlap == 0) {
            for (int k = 0; k < n; k++) {
                int from = (int) ((long) k * size / n);
                int to = (int) ((long) (k + 1) * size / n);
                for (int i = from; i < to; i++) {
                    add(events, i, k, out);
                }
            }
            return;
        }
        double length = size / (1 + (n - 1) * (1 - overlap));
        double stride = length * (1 - overlap);
        for (int k = 0; k < n; k++) {
            int from = (int) Math.round(k * stride);
            int to = k == n - 1 ? size : (int) Math.min(size, Math.round(k * stride + length));
            for (int i = from; i < to; i++) {
                add(events, i, k, out);
            }
        }
    }

    private static void add(Events events, int i, int k, float[] out) {
        int w = events.width();
        int h = events.height();
        out[((k * 2 + events.p(i)) * h + events.y(i)) * w + events.x(i)] += 1f;
    }
}
