package org.snn4j.losses;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;

/** Argument checks and constant targets shared by the losses (package-private). */
final class LossInputs {
    private LossInputs() {
    }

    /** Requires a time-major {@code [T, B, C]} output with {@code T, B, C ≥ 1}. */
    static void requireTimeMajor(String loss, Tensor output) {
        if (output == null) {
            throw new IllegalArgumentException(loss + ": output is null");
        }
        long[] s = output.shape();
        if (s.length != 3 || s[0] < 1 || s[1] < 1 || s[2] < 1) {
            throw new IllegalArgumentException(loss + ": output must be time-major [T, B, C] with T, B, C >= 1, got "
                    + Arrays.toString(s));
        }
    }

    /**
     * Requires a time-major {@code [T, B, C]} output and {@code B} labels in {@code [0, C)}; returns
     * {@code {T, B, C}}.
     */
    static long[] requireClassified(String loss, Tensor output, int[] labels) {
        requireTimeMajor(loss, output);
        long[] s = output.shape();
        requireLabels(loss, labels, s[1], s[2]);
        return s;
    }

    /** Requires {@code B} labels, each in {@code [0, C)}. */
    static void requireLabels(String loss, int[] labels, long batch, long classes) {
        if (labels == null || labels.length != batch) {
            throw new IllegalArgumentException(loss + ": need " + batch + " labels (one per sample), got "
                    + (labels == null ? "null" : labels.length));
        }
        for (int b = 0; b < labels.length; b++) {
            if (labels[b] < 0 || labels[b] >= classes) {
                throw new IllegalArgumentException(loss + ": labels[" + b + "] = " + labels[b] + " is outside [0, "
                        + classes + ")");
            }
        }
    }

    /** Requires the target to have the output's shape and data type. */
    static void requireSameShape(String loss, Tensor output, Tensor target) {
        if (!Arrays.equals(output.shape(), target.shape())) {
            throw new IllegalArgumentException(loss + ": target shape " + Arrays.toString(target.shape())
                    + " differs from output shape " + Arrays.toString(output.shape()));
        }
        if (output.dataType() != target.dataType()) {
            throw new IllegalArgumentException(loss + ": target type " + target.dataType()
                    + " differs from output type " + output.dataType());
        }
    }

    /** A constant {@code [B, C]} array: {@code on} at {@code [b, labels[b]]}, {@code off} elsewhere. */
    static INDArray classTargets(int[] labels, long classes, double on, double off, DataType type) {
        INDArray t = Nd4j.valueArrayOf(new long[] {labels.length, classes}, off, type);
        for (int b = 0; b < labels.length; b++) {
            t.putScalar(b, labels[b], on);
        }
        return t;
    }

    /** A constant {@code [T, 1, 1]} mask: 1 for {@code from ≤ t < to}, 0 elsewhere. */
    static INDArray stepWindow(long steps, long from, long to, DataType type) {
        INDArray m = Nd4j.zeros(type, steps, 1, 1);
        for (long t = from; t < to; t++) {
            m.putScalar(new long[] {t, 0, 0}, 1.0);
        }
        return m;
    }
}
