package org.snn4j.examples.compare;

import org.snn4j.autograd.nn.AvgPool2dSpec;
import org.snn4j.autograd.nn.Conv2dSpec;
import org.snn4j.autograd.nn.FlattenSpec;
import org.snn4j.autograd.nn.LinearSpec;
import org.snn4j.autograd.nn.ReLUSpec;
import org.snn4j.autograd.nn.SequentialSpec;
import org.snn4j.conversion.ZeroBias;
import org.snn4j.conversion.ttfs.LcTtfs;

/**
 * The architectures of {@code snn4j compare}: a conversion-friendly LeNet-style CNN (average
 * pooling, no BatchNorm, no dropout) shared by the ANN, the converted SNN, the direct SNN and the
 * hybrid, and the LC-TTFS MLP.
 */
public final class ComparisonNets {
    /** Channels of the two conv layers. */
    public static final int C1 = 16;
    public static final int C2 = 32;
    /** The smallest image side the CNN takes (two 5×5 convolutions and two 2×2 poolings). */
    public static final int MIN_SIZE = 16;
    /** Hidden width of the LC-TTFS MLP. */
    public static final int TTFS_HIDDEN = 400;

    private ComparisonNets() {
    }

    /**
     * {@code conv(C→16, 5×5) → ReLU → avgpool 2 → conv(16→32, 5×5) → ReLU → avgpool 2 → flatten →
     * linear(→classes)}; for 1×28×28 input the flattened size is 32·4·4 = 512 (2×48×48: 32·9·9). Trained with ±2 px
     * random shifts it reaches about 99 % on MNIST from 10,000 training images (12/24 channels:
     * 98.4 %), and a conversion of all 10,000 test images at T = 128 takes about a minute.
     */
    public static SequentialSpec cnn(long[] inputShape, int classes, boolean zeroBias) {
        int c = (int) inputShape[0];
        long h = ((inputShape[1] - 4) / 2 - 4) / 2;
        long w = ((inputShape[2] - 4) / 2 - 4) / 2;
        SequentialSpec spec = new SequentialSpec(new Conv2dSpec(c, C1, 5, 1, 0, 1, true), new ReLUSpec(),
                new AvgPool2dSpec(2), new Conv2dSpec(C1, C2, 5, 1, 0, 1, true), new ReLUSpec(), new AvgPool2dSpec(2),
                new FlattenSpec(), new LinearSpec((int) (C2 * h * w), classes));
        return zeroBias ? ZeroBias.of(spec) : spec;
    }

    /** The LC-TTFS constrained MLP {@code in → 400 → classes}. */
    public static SequentialSpec ttfs(long[] inputShape, int classes) {
        int in = (int) (inputShape[0] * inputShape[1] * inputShape[2]);
        return LcTtfs.spec(in, TTFS_HIDDEN, classes);
    }

    /** A one-line description for reports. */
    public static String describeCnn(long[] inputShape, int classes) {
        return "conv" + C1 + "c5-avgpool2-conv" + C2 + "c5-avgpool2-fc" + classes + " on " + inputShape[0] + "x" + inputShape[1] + "x"
                + inputShape[2];
    }
}
