package org.snn4j.autograd.ops;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.backend.BlockScratch;
import org.snn4j.autograd.backend.NativeArrays;
import org.snn4j.autograd.backend.ParallelTasks;
import org.snn4j.autograd.ops.sparse.EventSynapse;

/**
 * Average pooling with padded cells counted in the divisor ({@link Pooling#avgPool2d}, PyTorch's
 * {@code avg_pool2d} with {@code count_include_pad=True, ceil_mode=False}), forward and VJP:
 *
 * <pre>
 * y[n, c, i, j]  = (1 / (kH·kW)) Σ_{(y, x) ∈ window(i, j)} x[n, c, y, x]
 * ∂x[n, c, y, x] = Σ_{(i, j) : window(i, j) ∋ (y, x)} g[n, c, i, j] / (kH·kW)
 * window(i, j)   = [i·sH − pH, i·sH − pH + kH) × [j·sW − pW, j·sW − pW + kW), clipped to the input
 * </pre>
 * One Java pass per {@code (n, c)} plane for each direction, planes in parallel (each task writes
 * only its own planes, so the result does not depend on the thread count); window sums in float64,
 * stored in the array's type. The clipped window bounds are computed once per call, so the inner
 * loops carry no bounds arithmetic; the 2×2 window at stride 2 (the usual spiking-CNN pooling) has
 * its own float32 loops with the window unrolled, {@code y = (float) (((double) a + b + c + d)·0.25)}
 * and {@code ∂x = (float) (g·0.25)} on the window's four cells (0 on the last row or column an odd
 * size leaves uncovered). Its VJP runs on the vector API when the JVM has it ({@link AvgPoolRows},
 * the same bits as the scalar loop). The VJP needs only the input's shape, so the tape keeps no
 * copy of the pooled input. Replaces ND4J's {@code avgpool2d} / {@code avgpool2d_bp}, which took
 * most of the pooling share of the conv N-MNIST step (docs/PERFORMANCE.md).
 */
final class AvgPoolKernel {
    private static final int PLANES_PER_TASK = 64;

    private final int h;
    private final int w;
    private final int oh;
    private final int ow;
    private final double divisor;
    /** True for the 2×2 kernel at stride 2 without padding: windows tile the plane, two cells a side. */
    private final boolean pairs;
    /** True when the float VJP of {@link #pairs} runs on the vector API ({@link AvgPoolRows}). */
    private final boolean vector;
    /** Floats past the plane in the scratch arrays ({@link AvgPoolRows#PAD} when {@link #vector}). */
    private final int pad;
    /** Clipped window rows {@code [y0[i], y1[i])} and columns {@code [x0[j], x1[j])}. */
    private final int[] y0;
    private final int[] y1;
    private final int[] x0;
    private final int[] x1;

    /**
     * For input planes {@code h × w} pooled to {@code oh × ow}; the 2×2 VJP runs on the vector API
     * when {@link EventSynapse#vectorised()}.
     */
    AvgPoolKernel(int h, int w, int oh, int ow, int[] kernel, int[] stride, int[] padding) {
        this(h, w, oh, ow, kernel, stride, padding, EventSynapse.vectorised());
    }

    /** As above, with the vector path on only when {@code vectorise} (false: the scalar loops; tests). */
    AvgPoolKernel(int h, int w, int oh, int ow, int[] kernel, int[] stride, int[] padding, boolean vectorise) {
        this.h = h;
        this.w = w;
        this.oh = oh;
        this.ow = ow;
        this.divisor = (double) kernel[0] * kernel[1];
        this.pairs = kernel[0] == 2 && kernel[1] == 2 && stride[0] == 2 && stride[1] == 2 && padding[0] == 0
                && padding[1] == 0;
        this.vector = pairs && vectorise;
        this.pad = vector ? AvgPoolRows.PAD : 0;
        this.y0 = new int[oh];
        this.y1 = new int[oh];
        this.x0 = new int[ow];
        this.x1 = new int[ow];
        for (int i = 0; i < oh; i++) {
            y0[i] = Math.max(0, i * stride[0] - padding[0]);
            y1[i] = Math.min(h, i * stride[0] - padding[0] + kernel[0]);
        }
        for (int j = 0; j < ow; j++) {
            x0[j] = Math.max(0, j * stride[1] - padding[1]);
            x1[j] = Math.min(w, j * stride[1] - padding[1] + kernel[1]);
        }
    }

    /** {@code y [N, C, OH, OW]} (type of {@code x}) for the input {@code x [N, C, H, W]} (any layout). */
    INDArray forward(INDArray x) {
        NativeArrays xv = NativeArrays.ofCopyIfNeeded(x);
        NativeArrays y = NativeArrays.allocate(x.dataType(), x.size(0), x.size(1), oh, ow);
        perPlane((int) (x.size(0) * x.size(1)), h * w, oh * ow, xv, y, true);
        return y.array();
    }

    /** ∂x {@code [N, C, H, W]} (type of {@code g}) for the upstream gradient {@code g [N, C, OH, OW]} (any layout). */
    INDArray grad(INDArray g, long[] xShape) {
        NativeArrays gv = NativeArrays.ofCopyIfNeeded(g);
        NativeArrays gx = NativeArrays.allocate(g.dataType(), xShape);
        perPlane((int) (xShape[0] * xShape[1]), oh * ow, h * w, gv, gx, false);
        return gx.array();
    }

    /** One plane forward: {@code out[o …)} (OH·OW) from {@code in[a …)} (H·W). */
    private void pool(double[] in, int a, double[] out, int o) {
        for (int i = 0; i < oh; i++) {
            for (int j = 0; j < ow; j++) {
                double s = 0;
                for (int yy = y0[i]; yy < y1[i]; yy++) {
                    int row = a + yy * w;
                    for (int xx = x0[j]; xx < x1[j]; xx++) {
                        s += in[row + xx];
                    }
                }
                out[o + i * ow + j] = s / divisor;
            }
        }
    }

    /** One plane VJP: {@code out[o …)} (H·W) from {@code in[a …)} (OH·OW). */
    private void spread(double[] in, int a, double[] out, int o) {
        Arrays.fill(out, o, o + h * w, 0.0);
        for (int i = 0; i < oh; i++) {
            for (int j = 0; j < ow; j++) {
                double v = in[a + i * ow + j] / divisor;
                for (int yy = y0[i]; yy < y1[i]; yy++) {
                    int row = o + yy * w;
                    for (int xx = x0[j]; xx < x1[j]; xx++) {
                        out[row + xx] += v;
                    }
                }
            }
        }
    }

    /** {@link #pool} on float planes (window sums in float64). */
    private void pool(float[] in, int a, float[] out, int o) {
        if (pairs) {
            for (int i = 0; i < oh; i++) {
                int r0 = a + 2 * i * w;
                int r1 = r0 + w;
                int at = o + i * ow;
                for (int j = 0; j < ow; j++) {
                    double s = (double) in[r0 + 2 * j] + in[r0 + 2 * j + 1] + in[r1 + 2 * j] + in[r1 + 2 * j + 1];
                    out[at + j] = (float) (s * 0.25);
                }
            }
            return;
        }
        for (int i = 0; i < oh; i++) {
            for (int j = 0; j < ow; j++) {
                double s = 0;
                for (int yy = y0[i]; yy < y1[i]; yy++) {
                    int row = a + yy * w;
                    for (int xx = x0[j]; xx < x1[j]; xx++) {
                        s += in[row + xx];
                    }
                }
                out[o + i * ow + j] = (float) (s / divisor);
            }
        }
    }

    /** {@link #spread} on float planes (each cell's sum in float64). */
    private void spread(float[] in, int a, float[] out, int o) {
        if (pairs && vector) {
            AvgPoolRows.spreadPlane(in, a, oh, ow, out, o, w);
            zeroUncovered(out, o);
            return;
        }
        if (pairs) {
            if (2 * oh < h || 2 * ow < w) {
                Arrays.fill(out, o, o + h * w, 0f);
            }
            for (int i = 0; i < oh; i++) {
                int r0 = o + 2 * i * w;
                int r1 = r0 + w;
                int at = a + i * ow;
                for (int j = 0; j < ow; j++) {
                    float v = (float) (in[at + j] * 0.25);
                    out[r0 + 2 * j] = v;
                    out[r0 + 2 * j + 1] = v;
                    out[r1 + 2 * j] = v;
                    out[r1 + 2 * j + 1] = v;
                }
            }
            return;
        }
        double[] acc = new double[h * w];
        for (int i = 0; i < oh; i++) {
            for (int j = 0; j < ow; j++) {
                double v = in[a + i * ow + j] / divisor;
                for (int yy = y0[i]; yy < y1[i]; yy++) {
                    int row = yy * w;
                    for (int xx = x0[j]; xx < x1[j]; xx++) {
                        acc[row + xx] += v;
                    }
                }
            }
        }
        for (int k = 0; k < acc.length; k++) {
            out[o + k] = (float) acc[k];
        }
    }

    /**
     * Zeroes the cells of the vector pairs path's output plane at {@code out[o …)} that no window
     * covers: columns {@code [2·OW, W)} of rows {@code [0, 2·OH)} and rows {@code [2·OH, H)} (after
     * the rows are written, which may leave junk there).
     */
    private void zeroUncovered(float[] out, int o) {
        if (2 * ow + 1 == w) {
            for (int k = o + w - 1; k < o + 2 * oh * w; k += w) {
                out[k] = 0f;
            }
        } else {
            for (int r = 0; r < 2 * oh; r++) {
                for (int k = o + r * w + 2 * ow; k < o + (r + 1) * w; k++) {
                    out[k] = 0f;
                }
            }
        }
        for (int k = o + 2 * oh * w; k < o + h * w; k++) {
            out[k] = 0f;
        }
    }

    /**
     * Applies the forward ({@code forward} true) or VJP plane pass to every plane, in the arrays'
     * type, {@value #PLANES_PER_TASK} planes per parallel task.
     */
    private void perPlane(int planes, int inSize, int outSize, NativeArrays src, NativeArrays dst, boolean forward) {
        boolean single = src.dataType() == DataType.FLOAT;
        ParallelTasks.forEach((planes + PLANES_PER_TASK - 1) / PLANES_PER_TASK, t -> BlockScratch.within(() -> {
            int from = t * PLANES_PER_TASK;
            int n = Math.min(planes, from + PLANES_PER_TASK) - from;
            BlockScratch scratch = BlockScratch.current();
            if (single) {
                float[] in = scratch.takeFloats(inSize + pad);
                float[] out = scratch.takeFloats(outSize + pad);
                for (int pl = from; pl < from + n; pl++) {
                    src.get(pl * inSize, in, 0, inSize);
                    if (forward) {
                        pool(in, 0, out, 0);
                    } else {
                        spread(in, 0, out, 0);
                    }
                    dst.put(pl * outSize, out, 0, outSize);
                }
            } else {
                double[] in = scratch.take(inSize);
                double[] out = scratch.take(outSize);
                for (int pl = from; pl < from + n; pl++) {
                    src.get(pl * inSize, in, 0, inSize);
                    if (forward) {
                        pool(in, 0, out, 0);
                    } else {
                        spread(in, 0, out, 0);
                    }
                    dst.put(pl * outSize, out, 0, outSize);
                }
            }
        }));
    }
}
