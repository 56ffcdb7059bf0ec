package org.snn4j.autograd.ops;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.backend.NativeArrays;

/**
 * The VJP of average pooling with padded cells counted in the divisor ({@link Pooling#avgPool2d}):
 *
 * <pre>
 * ∂x[n, c, y, x] = Σ_{(i, j) : window(i, j) ∋ (y, x)} g[n, c, i, j] / (kH·kW),
 * window(i, j) = [i·sH − pH, i·sH − pH + kH) × [j·sW − pW, j·sW − pW + kW)
 * </pre>
 * One Java pass per {@code (n, c)} plane, planes in parallel (each writes only its own plane, so
 * the result does not depend on the thread count); sums in float64, stored in the input's type.
 * It needs only the input's shape, so the tape keeps no copy of the pooled input. Replaces ND4J's
 * {@code avgpool2d_bp}, which took most of the pooling share of the conv N-MNIST step (docs/PERFORMANCE.md).
 */
final class AvgPoolBackward {
    private static final int PLANES_PER_TASK = 64;

    private AvgPoolBackward() {
    }

    /** ∂x {@code [N, C, H, W]} (type of {@code g}) for the upstream gradient {@code g [N, C, OH, OW]} (any layout). */
    static INDArray grad(INDArray g, long[] xShape, int[] kernel, int[] stride, int[] padding) {
        NativeArrays gv = NativeArrays.ofCopyIfNeeded(g);
        int planes = (int) (xShape[0] * xShape[1]);
        int h = (int) xShape[2];
        int w = (int) xShape[3];
        int oh = (int) g.size(2);
        int ow = (int) g.size(3);
        double scale = 1.0 / (kernel[0] * kernel[1]);
        NativeArrays gx = NativeArrays.allocate(g.dataType(), xShape);
        IntStream.range(0, (planes + PLANES_PER_TASK - 1) / PLANES_PER_TASK).parallel().forEach(t -> {
            double[] in = new double[oh * ow];
            double[] out = new double[h * w];
            for (int pl = t * PLANES_PER_TASK; pl < Math.min(planes, (t + 1) * PLANES_PER_TASK); pl++) {
                gv.get(pl * oh * ow, in, 0, in.length);
                Arrays.fill(out, 0.0);
                for (int i = 0; i < oh; i++) {
                    int y0 = Math.max(0, i * stride[0] - padding[0]);
                    int y1 = Math.min(h, i * stride[0] - padding[0] + kernel[0]);
                    for (int j = 0; j < ow; j++) {
                        double v = in[i * ow + j] * scale;
                        int x0 = Math.max(0, j * stride[1] - padding[1]);
                        int x1 = Math.min(w, j * stride[1] - padding[1] + kernel[1]);
                        for (int y = y0; y < y1; y++) {
                            for (int x = x0; x < x1; x++) {
                                out[y * w + x] += v;
                            }
                        }
                    }
                }
                gx.put(pl * h * w, out, 0, out.length);
            }
        });
        return gx.array();
    }
}
