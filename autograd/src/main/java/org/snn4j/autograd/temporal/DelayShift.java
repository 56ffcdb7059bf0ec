package org.snn4j.autograd.temporal;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.backend.NativeArrays;
import org.snn4j.autograd.Graph;
import org.snn4j.autograd.Tensor;

/**
 * SLAYER's axonal delay: each neuron's (or channel's) sequence shifted later in time by a
 * real-valued delay, with linear interpolation between steps.
 *
 * <pre>
 * d = delayMs / Ts = n + f   (n = ⌊d⌋, 0 ≤ f &lt; 1)
 * y[t]     = (1 − f)·x[t − n] + f·x[t − n − 1]            (x = 0 outside 0 … T−1)
 * ∂x[τ]    = (1 − f)·g[τ + n] + f·g[τ + n + 1]            (the shift by −d)
 * ∂delayMs = Σ_{t, b, …} g[t]·(x[t − n − 1] − x[t − n]) / Ts  = −Σ g·ẋ(t − d)
 * </pre>
 * The delay gradient is {@code −(∂x/∂t)·g} with ∂x/∂t the slope of the interpolated input, i.e.
 * the exact derivative of the forward pass (slayerPytorch's {@code delayShift} rounds the delay to
 * whole steps in the forward pass and uses the same slope estimate; at whole-step delays the two
 * agree). Input {@code [T, B, n1, …]}; {@code delayMs} has one entry per neuron ({@code n1·…}) or
 * one per channel ({@code n1}, shared by the neurons of a channel). Negative delays shift earlier.
 */
public final class DelayShift {
    private DelayShift() {
    }

    /**
     * @param x       {@code [T, B, ...]}
     * @param delayMs {@code [N]} or {@code [channels]}, same type as {@code x}
     * @param tsMs    sampling time Ts, &gt; 0
     */
    public static Tensor apply(Tensor x, Tensor delayMs, double tsMs) {
        INDArray xv = x.value();
        DataType type = ArrayRows.floatType("DelayShift", xv);
        long[] shape = xv.shape();
        Layout l = Layout.of(shape, delayMs.value(), tsMs);
        double[] steps = read(delayMs.value());
        for (int i = 0; i < steps.length; i++) {
            steps[i] /= tsMs;
        }
        double[] in = read(xv);
        double[] y = shift(l, in, steps, 1.0);
        return Graph.record("delayShift", write(y, shape, type), (g, needs) -> {
            double[] gv = read(g);
            INDArray gx = needs[0] ? write(shift(l, gv, steps, -1.0), shape, type) : null;
            INDArray gd = needs[1] ? write(delayGradient(l, in, gv, steps, tsMs), delayMs.shape(), type) : null;
            return new INDArray[] {gx, gd};
        }, x, delayMs);
    }

    /** {@code y[t] = (1 − f)·x[t − sign·n] + f·x[t − sign·(n + 1)]} per column. */
    private static double[] shift(Layout l, double[] x, double[] steps, double sign) {
        double[] y = new double[x.length];
        for (int col = 0; col < l.columns; col++) {
            double d = steps[l.delayIndex(col)];
            int n = (int) Math.floor(d);
            double f = d - n;
            int a = (int) sign * n;
            int b = (int) sign * (n + 1);
            for (int t = 0; t < l.steps; t++) {
                y[t * l.columns + col] = (1 - f) * l.at(x, t - a, col) + f * l.at(x, t - b, col);
            }
        }
        return y;
    }

    private static double[] delayGradient(Layout l, double[] x, double[] g, double[] steps, double tsMs) {
        double[] out = new double[steps.length];
        for (int col = 0; col < l.columns; col++) {
            int i = l.delayIndex(col);
            int n = (int) Math.floor(steps[i]);
            double sum = 0;
            for (int t = 0; t < l.steps; t++) {
                sum += g[t * l.columns + col] * (l.at(x, t - n - 1, col) - l.at(x, t - n, col));
            }
            out[i] += sum / tsMs;
        }
        return out;
    }

    /** The elements of {@code a} in row-major order. */
    private static double[] read(INDArray a) {
        ArrayRows.floatType("DelayShift", a);
        return NativeArrays.read(a, new double[(int) a.length()]);
    }

    /** A new array of {@code type} and {@code shape} holding {@code values}. */
    private static INDArray write(double[] values, long[] shape, DataType type) {
        return NativeArrays.create(values, shape, type);
    }

    /** The flat layout {@code [T, B·N]} and the delay entry of each column. */
    private record Layout(int steps, int columns, int neurons, int perDelay) {
        static Layout of(long[] shape, INDArray delay, double tsMs) {
            if (!(tsMs > 0) || Double.isInfinite(tsMs)) {
                throw new IllegalArgumentException("DelayShift: tsMs = " + tsMs + " must be in (0, +inf)");
            }
            SequenceBlocks b = SequenceBlocks.of("DelayShift", shape);
            long neurons = shape.length < 3 ? 1 : b.columns() / shape[1];
            long d = delay.length();
            long channels = shape.length < 3 ? 1 : shape[2];
            if (delay.rank() != 1 || (d != neurons && d != channels)) {
                throw new IllegalArgumentException("DelayShift: delay must be [" + neurons + "] (per neuron) or ["
                        + channels + "] (per channel) for input " + Arrays.toString(shape) + ", got "
                        + Arrays.toString(delay.shape()));
            }
            return new Layout(b.steps(), b.columns(), (int) neurons, (int) (neurons / d));
        }

        int delayIndex(int col) {
            return (col % neurons) / perDelay;
        }

        double at(double[] x, int t, int col) {
            return t < 0 || t >= steps ? 0.0 : x[t * columns + col];
        }
    }
}
