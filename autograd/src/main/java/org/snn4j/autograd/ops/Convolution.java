package org.snn4j.autograd.ops;

import java.util.Arrays;
import java.util.Locale;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Graph;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.backend.UnfilledArrays;
import org.snn4j.autograd.ops.sparse.EventSynapse;
import org.snn4j.autograd.ops.sparse.SparsePolicy;

/**
 * 2-D convolution (cross-correlation, as in PyTorch's {@code conv2d}).
 *
 * <pre>
 * y[n,o,i,j] = b[o] + Σ_c Σ_p Σ_q w[o,c,p,q] · x[n, c, i·sH − pH + p·dH, j·sW − pW + q·dW]
 * OH = ⌊(H + 2pH − dH(KH − 1) − 1) / sH⌋ + 1      (OW likewise)
 * </pre>
 * with zero padding. Layouts are PyTorch's: input NCHW, weight OIHW {@code [OC, IC, KH, KW]},
 * bias {@code [OC]} (or {@code null}).
 *
 * <p><b>Two paths.</b> The dense path runs ND4J's native {@code conv2d} / {@code conv2d_bp}
 * kernels (im2col + GEMM, oneDNN where the build has it) with the weight-format argument set to
 * OIHW, so no weight permutation is needed; its VJP returns ∂x, ∂w and ∂b from one
 * {@code conv2d_bp} call, or only ∂x ({@link #inputGrad}: {@link TransposedConv} or
 * {@code deconv2d}) when the weight and bias need no gradient. The event path ({@link EventConv},
 * dilation 1 only) scatters each non-zero input
 * through the kernel and gathers the weight gradient over the non-zeros only; it keeps the input's
 * event list ({@link ConvEvents}) on the tape instead of the dense input, and computes ∂x, when the
 * input needs one, densely ({@link #inputGrad}). Which path runs is decided per call
 * from the input's measured density and the switch {@code snn4j.sparse} ({@link SparsePolicy}):
 * {@code auto} takes the event path at densities up to {@link #CROSSOVER}, {@code on} always
 * (dilation 1), {@code off} never. Each choice is counted under the op name {@code conv2d}
 * ({@link SparsePolicy#summary}).
 *
 * <p><b>Why the dense path is not im2col + {@link Gemm}.</b> Measured at the conv N-MNIST conv2
 * shape (x {@code [512, 12, 15, 15]}, 20 % non-zero; w {@code [64, 12, 5, 5]}; float32; medians of
 * interleaved calls in one JVM on a loaded 2-core AVX-512 machine, oneDNN build, 2026-12-06):
 * {@code conv2d} 23 ms, {@code conv2d_bp} (∂x, ∂w, ∂b) 52 ms, {@code deconv2d} (∂x) 21 ms. A Java
 * im2col (tap-major {@code [C·KH·KW, N·OH·OW]}, chunks of ~8 MB, layout passes in Java) with the three
 * products on {@link Gemm} took 49 ms forward and 76 ms for ∂w and ∂b alone. The forward product
 * {@code [64, 300]·[300, 61952]} by itself ran at about 0.65× {@code conv2d}, the transposed products
 * of the gradients ({@code G·Xᵀ}, {@code Wᵀ·G}) at 1.4–1.7× it, and libnd4j's own {@code im2col}
 * op, its batched {@code matmul}, the NHWC layout and {@code conv2d_bp} without the oneDNN helper
 * were all slower still; so no shape was found where the GEMM form wins.
 */
public final class Convolution {
    /**
     * The input density up to which {@code snn4j.sparse=auto} takes the event path. Measured with
     * {@code bench/SparseConvBenchmark} (docs/PERFORMANCE.md, "Event-driven convolution"); after the
     * event path moved onto the register-blocked gather (2026-12-06, loaded 2-core AVX-512 machine,
     * float32, {@code T·B = 512} frames) the event forward + backward beat the dense one on both conv
     * N-MNIST shapes at 20 % and 30 % input density (conv2: 68 against 107 ms and 76 against 100 ms;
     * conv1: 42 against 85 ms, 54 against 89 ms) and the forward alone broke even on conv2 at 30 %,
     * so conv2's ~20 %-dense average-pooled spike map takes the event path.
     */
    public static final double CROSSOVER = 0.30;
    /** Which kernel computes ∂x where {@link TransposedConv} applies: {@code java} (default) or {@code onednn}. */
    public static final String INPUT_GRAD_PROPERTY = "snn4j.convInputGrad";
    private static final int PADDING_EXPLICIT = 0;
    private static final int FORMAT_NCHW = 0;
    private static final int WEIGHTS_OIHW = 1;

    private Convolution() {
    }

    /** Square stride and padding, dilation 1. */
    public static Tensor conv2d(Tensor x, Tensor w, Tensor bias, int stride, int padding) {
        return conv2d(x, w, bias, new int[] {stride, stride}, new int[] {padding, padding}, new int[] {1, 1});
    }

    /**
     * @param x        input {@code [N, C, H, W]}
     * @param w        weight {@code [OC, C, KH, KW]}
     * @param bias     {@code [OC]} or {@code null}
     * @param stride   {@code {sH, sW}}, each ≥ 1
     * @param padding  {@code {pH, pW}} zeros added on both sides, each ≥ 0
     * @param dilation {@code {dH, dW}}, each ≥ 1
     */
    public static Tensor conv2d(Tensor x, Tensor w, Tensor bias, int[] stride, int[] padding, int[] dilation) {
        INDArray xv = x.value();
        INDArray wv = w.value();
        INDArray bv = bias == null ? null : bias.value();
        long[] outShape = validate(xv, wv, bv, stride, padding, dilation);
        int[] iArgs = {(int) wv.size(2), (int) wv.size(3), stride[0], stride[1], padding[0], padding[1],
            dilation[0], dilation[1], PADDING_EXPLICIT, FORMAT_NCHW, WEIGHTS_OIHW};
        ConvEvents events = events(xv, dilation);
        SparsePolicy.taken("conv2d", events != null);
        if (events != null) {
            EventConv conv = new EventConv(events, wv.shape(), stride, padding, outShape);
            long[] xShape = xv.shape();
            INDArray keep = deconvFits(xShape, outShape, iArgs) ? null : xv;
            return Graph.record("conv2d", conv.forward(wv, bv), (g, needs) -> {
                INDArray gx = needs[0] ? inputGrad(xShape, keep, wv, bv, g, iArgs) : null;
                if (!needs[1] && !needs[2]) {
                    return new INDArray[] {gx, null, null};
                }
                INDArray[] gwb = conv.weightGrad(g);
                return new INDArray[] {gx, gwb[0], bv == null ? null : gwb[1]};
            }, x, w, bias);
        }
        INDArray keep = deconvFits(xv.shape(), outShape, iArgs) ? null : xv;
        // conv2d writes every output element (oneDNN and libnd4j's own kernel): no zero fill needed
        INDArray z = UnfilledArrays.create(xv.dataType(), outShape);
        INDArray[] in = bv == null ? new INDArray[] {xv, wv} : new INDArray[] {xv, wv, bv};
        exec(DynamicCustomOp.builder("conv2d").addInputs(in).addOutputs(z).addIntegerArguments(iArgs).build());
        return Graph.record("conv2d", z, (g, needs) -> needs[1] || needs[2]
                ? backward(xv, wv, bv, g, iArgs)
                : new INDArray[] {inputGrad(xv.shape(), keep, wv, bv, g, iArgs), null, null}, x, w, bias);
    }

    /**
     * Which path {@link #conv2d} takes for input {@code x [N, C, H, W]} with dilation 1 under the
     * process-wide policy, and the input's density: {@code "event (density 0.0300, binary)"} or
     * {@code "dense (density 0.2200)"}. One full scan of {@code x}.
     */
    public static String path(INDArray x) {
        if (x.rank() != 4) {
            throw new IllegalArgumentException("conv2d path: need x [N,C,H,W], got " + Arrays.toString(x.shape()));
        }
        ConvEvents all = ConvEvents.scan(x, Double.POSITIVE_INFINITY);
        boolean event = events(x, new int[] {1, 1}) != null;
        return String.format(Locale.ROOT, "%s (density %.4f%s)", event ? "event" : "dense", all.density(),
                all.binary() ? ", binary" : "");
    }

    /** The events of {@code x} when the event path applies ({@link SparsePolicy#limit}), else {@code null}. */
    private static ConvEvents events(INDArray x, int[] dilation) {
        if (dilation[0] != 1 || dilation[1] != 1 || x.length() > Integer.MAX_VALUE) {
            return null;
        }
        return ConvEvents.scan(x, SparsePolicy.limit(CROSSOVER));
    }

    /**
     * ∂x alone: the transposed convolution of {@code g} with {@code w}. For float32 with stride 1 and
     * dilation 1 and rows that fill most of a vector ({@link TransposedConv#faster}) it runs on
     * {@link TransposedConv} (the JDK vector API; about 10 % faster than oneDNN at the conv N-MNIST
     * conv2 shape, 1.3–4× on 3×3 kernels over 32×32 maps, and no oneDNN layout copies) unless
     * {@link #javaInputGrad} is false; otherwise on ND4J's {@code deconv2d} with the
     * kernel read as {@code [OC, C, KH, KW]} (oneDNN's backward-data kernel, bit-equal to the ∂x of
     * {@code conv2d_bp} at about half its cost). {@code deconv2d} crops its output symmetrically, so
     * when the forward pass dropped input rows or columns ({@link #deconvFits} false) this takes the
     * ∂x of a full {@code conv2d_bp}, which needs the input {@code x}. ({@code conv2d_input_bp} also
     * gives ∂x alone, but ran about 5× slower than {@code conv2d_bp} on the oneDNN build.)
     *
     * @param x the input, or {@code null} when {@link #deconvFits}
     */
    private static INDArray inputGrad(long[] xShape, INDArray x, INDArray w, INDArray b, INDArray g, int[] iArgs) {
        if (x != null) {
            return backward(x, w, b, g, iArgs)[0];
        }
        if (javaInputGrad() && TransposedConv.applies(w.dataType(), xShape, w.shape(), g.shape(), iArgs)
                && TransposedConv.faster(xShape)) {
            return TransposedConv.inputGrad(xShape, w, g, new int[] {iArgs[4], iArgs[5]});
        }
        // deconv2d writes every element (oneDNN and libnd4j's own kernel; TransposedConvTest): no zero fill needed
        INDArray gx = UnfilledArrays.create(w.dataType(), xShape);
        exec(DynamicCustomOp.builder("deconv2d").addInputs(g, w).addOutputs(gx).addIntegerArguments(iArgs).build());
        return gx;
    }

    /**
     * Whether ∂x of a stride-1, dilation-1 float32 convolution runs on {@link TransposedConv} (the JDK
     * vector API) instead of ND4J's {@code deconv2d}: {@link EventSynapse#vectorised()} and {@value #INPUT_GRAD_PROPERTY}
     * is not {@code onednn} (read at each call).
     */
    static boolean javaInputGrad() {
        return EventSynapse.vectorised() && !"onednn".equalsIgnoreCase(System.getProperty(INPUT_GRAD_PROPERTY));
    }

    /** True when {@code deconv2d} of the output gradient has exactly the input's height and width. */
    private static boolean deconvFits(long[] xShape, long[] outShape, int[] iArgs) {
        boolean fits = true;
        for (int d = 0; d < 2; d++) {
            long k = (long) (iArgs[d] - 1) * iArgs[6 + d] + 1;
            fits &= (outShape[2 + d] - 1) * iArgs[2 + d] + k - 2L * iArgs[4 + d] == xShape[2 + d];
        }
        return fits;
    }

    /**
     * Runs a convolution op; if ND4J's oneDNN helper rejects the configuration (seen for uneven
     * stride/padding with dilation in nd4j-native 1.0.0-M2.1's oneDNN build), runs it again on
     * libnd4j's own kernel with helpers switched off for that call.
     */
    static void exec(DynamicCustomOp op) {
        try {
            Nd4j.exec(op);
        } catch (RuntimeException e) {
            org.nd4j.linalg.factory.Environment env = Nd4j.getEnvironment();
            if (!env.helpersAllowed()) {
                throw e;
            }
            synchronized (Convolution.class) {
                env.allowHelpers(false);
                try {
                    Nd4j.exec(op);
                } finally {
                    env.allowHelpers(true);
                }
            }
        }
    }

    private static INDArray[] backward(INDArray x, INDArray w, INDArray b, INDArray g, int[] iArgs) {
        INDArray gx = Nd4j.create(x.dataType(), x.shape());
        INDArray gw = Nd4j.create(w.dataType(), w.shape());
        DynamicCustomOp.DynamicCustomOpsBuilder op = DynamicCustomOp.builder("conv2d_bp").addIntegerArguments(iArgs);
        if (b == null) {
            op.addInputs(x, w, g).addOutputs(gx, gw);
            exec(op.build());
            return new INDArray[] {gx, gw, null};
        }
        INDArray gb = Nd4j.create(b.dataType(), b.shape());
        op.addInputs(x, w, b, g).addOutputs(gx, gw, gb);
        exec(op.build());
        return new INDArray[] {gx, gw, gb};
    }

    private static long[] validate(INDArray x, INDArray w, INDArray b, int[] stride, int[] padding, int[] dilation) {
        if (x.rank() != 4 || w.rank() != 4 || x.size(1) != w.size(1)) {
            throw new IllegalArgumentException("conv2d: need x [N,C,H,W] and w [OC,C,KH,KW], got x "
                    + Arrays.toString(x.shape()) + " and w " + Arrays.toString(w.shape()));
        }
        Arithmetic.requireSameType("conv2d", x, w);
        if (b != null && (b.rank() != 1 || b.size(0) != w.size(0) || b.dataType() != x.dataType())) {
            throw new IllegalArgumentException("conv2d: bias must be [" + w.size(0) + "] of type " + x.dataType()
                    + ", got " + Arrays.toString(b.shape()) + " " + b.dataType());
        }
        Geometry.check("conv2d", "stride", stride, 1);
        Geometry.check("conv2d", "padding", padding, 0);
        Geometry.check("conv2d", "dilation", dilation, 1);
        long oh = Geometry.outSize(x.size(2), w.size(2), stride[0], padding[0], dilation[0]);
        long ow = Geometry.outSize(x.size(3), w.size(3), stride[1], padding[1], dilation[1]);
        if (oh < 1 || ow < 1) {
            throw new IllegalArgumentException("conv2d: kernel " + w.size(2) + "x" + w.size(3) + " (dilation "
                    + Arrays.toString(dilation) + ") does not fit the padded input " + Arrays.toString(x.shape()));
        }
        return new long[] {x.size(0), w.size(0), oh, ow};
    }
}
