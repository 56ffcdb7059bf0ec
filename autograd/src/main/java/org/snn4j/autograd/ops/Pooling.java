package org.snn4j.autograd.ops;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Graph;
import org.snn4j.autograd.Tensor;

/**
 * 2-D average and max pooling over NCHW input (PyTorch's {@code avg_pool2d} / {@code max_pool2d}
 * with {@code ceil_mode=False}).
 *
 * <pre>
 * avg: y[n,c,i,j] = (1 / (kH·kW)) Σ_{p,q} x̃[n, c, i·sH − pH + p, j·sW − pW + q]
 *      x̃ is x with zero padding, and padded cells count in the divisor (count_include_pad=True)
 *      ∂x: each g[n,c,i,j] / (kH·kW) spread over its window
 * max: y[n,c,i,j] = max over the same window, padded cells never win
 *      ∂x: g[n,c,i,j] goes to the window's arg-max
 * OH = ⌊(H + 2pH − kH) / sH⌋ + 1     (OW likewise); padding ≤ kernel / 2
 * </pre>
 * Max pooling runs ND4J's native {@code maxpool2d} / {@code maxpool2d_bp} kernels; average pooling
 * of FLOAT and DOUBLE arrays runs one Java pass each way ({@link AvgPoolKernel}; its VJP needs only
 * the input's shape), other types ND4J's {@code avgpool2d} / {@code avgpool2d_bp}.
 */
public final class Pooling {
    private static final int PADDING_EXPLICIT = 0;
    private static final int AVG_INCLUDE_PADDING = 1;
    private static final int FORMAT_NCHW = 0;

    private Pooling() {
    }

    /** Square kernel, stride and padding. */
    public static Tensor avgPool2d(Tensor x, int kernel, int stride, int padding) {
        return avgPool2d(x, new int[] {kernel, kernel}, new int[] {stride, stride}, new int[] {padding, padding});
    }

    public static Tensor avgPool2d(Tensor x, int[] kernel, int[] stride, int[] padding) {
        return pool("avgpool2d", x, kernel, stride, padding);
    }

    /** Square kernel, stride and padding. */
    public static Tensor maxPool2d(Tensor x, int kernel, int stride, int padding) {
        return maxPool2d(x, new int[] {kernel, kernel}, new int[] {stride, stride}, new int[] {padding, padding});
    }

    public static Tensor maxPool2d(Tensor x, int[] kernel, int[] stride, int[] padding) {
        return pool("maxpool2d", x, kernel, stride, padding);
    }

    private static Tensor pool(String op, Tensor x, int[] kernel, int[] stride, int[] padding) {
        INDArray xv = x.value();
        long[] outShape = validate(op, xv, kernel, stride, padding);
        int[] iArgs = {kernel[0], kernel[1], stride[0], stride[1], padding[0], padding[1], 1, 1,
            PADDING_EXPLICIT, AVG_INCLUDE_PADDING, FORMAT_NCHW};
        if (op.equals("avgpool2d") && (xv.dataType() == DataType.FLOAT || xv.dataType() == DataType.DOUBLE)
                && xv.length() <= Integer.MAX_VALUE) {
            long[] xShape = xv.shape();
            AvgPoolKernel k = new AvgPoolKernel((int) xShape[2], (int) xShape[3], (int) outShape[2], (int) outShape[3],
                    kernel, stride, padding);
            return Graph.record(op, k.forward(xv), (g, n) -> new INDArray[] {k.grad(g, xShape)}, x);
        }
        INDArray z = Nd4j.create(xv.dataType(), outShape);
        Nd4j.exec(DynamicCustomOp.builder(op).addInputs(xv).addOutputs(z).addIntegerArguments(iArgs).build());
        return Graph.record(op, z, (g, n) -> {
            INDArray gx = Nd4j.create(xv.dataType(), xv.shape());
            Nd4j.exec(DynamicCustomOp.builder(op + "_bp").addInputs(xv, g).addOutputs(gx)
                    .addIntegerArguments(iArgs).build());
            return new INDArray[] {gx};
        }, x);
    }

    private static long[] validate(String op, INDArray x, int[] kernel, int[] stride, int[] padding) {
        if (x.rank() != 4) {
            throw new IllegalArgumentException(op + ": need x [N,C,H,W], got " + Arrays.toString(x.shape()));
        }
        Geometry.check(op, "kernel", kernel, 1);
        Geometry.check(op, "stride", stride, 1);
        Geometry.check(op, "padding", padding, 0);
        if (2 * padding[0] > kernel[0] || 2 * padding[1] > kernel[1]) {
            throw new IllegalArgumentException(op + ": padding " + Arrays.toString(padding)
                    + " must be at most half the kernel " + Arrays.toString(kernel));
        }
        long oh = Geometry.outSize(x.size(2), kernel[0], stride[0], padding[0], 1);
        long ow = Geometry.outSize(x.size(3), kernel[1], stride[1], padding[1], 1);
        if (oh < 1 || ow < 1) {
            throw new IllegalArgumentException(op + ": kernel " + Arrays.toString(kernel)
                    + " does not fit the padded input " + Arrays.toString(x.shape()));
        }
        return new long[] {x.size(0), x.size(1), oh, ow};
    }
}
