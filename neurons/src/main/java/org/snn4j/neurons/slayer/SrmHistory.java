package org.snn4j.neurons.slayer;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The SRM history ({@link SrmState#pending()}) after a whole sequence, off the graph: the fused
 * path's final state. For a sequence of T steps with drives {@code a}, spikes {@code s} and the
 * history {@code p} it started from,
 *
 * <pre>
 * p'[j] = p[T + j] + Σ_{k ≥ j+1} ε[k]·a[T + j − k] + Σ_{i ≥ j+1} ν[i]·s[T + j − i]     (terms with a valid index)
 * </pre>
 * computed as two small GEMMs, {@code [H, M]·[M, B·…]} over the last {@code M = min(T, K − 1)}
 * drives (and likewise spikes), so that the fused node itself stays a pure function of the sequence.
 */
final class SrmHistory {
    private SrmHistory() {
    }

    /**
     * @param a       drives {@code [T, B, ...]}
     * @param s       0/1 spikes {@code [T, B, ...]}
     * @param pending the starting history {@code [H, B, ...]}, or null for rest
     * @return the history after step T − 1, {@code [H, B, ...]} of a's type
     */
    static INDArray after(INDArray a, INDArray s, INDArray pending, SrmParameters p) {
        long[] shape = a.shape();
        int steps = (int) shape[0];
        long columns = a.length() / steps;
        int history = p.historySteps();
        DataType type = a.dataType();
        INDArray out = Nd4j.zeros(type, history, columns);
        addResponse(out, a.reshape('c', steps, columns), p.epsilon().taps());
        addResponse(out, s.castTo(type).reshape('c', steps, columns), p.nu().taps());
        if (pending != null && history > steps) {
            INDArray rest = pending.reshape('c', history, columns);
            out.get(NDArrayIndex.interval(0, history - steps), NDArrayIndex.all())
                    .addi(rest.get(NDArrayIndex.interval(steps, history), NDArrayIndex.all()));
        }
        long[] outShape = shape.clone();
        outShape[0] = history;
        return out.reshape('c', outShape);
    }

    /** {@code out[j] += Σ_{k ≥ j+1} h[k]·x[T + j − k]} for the rows of {@code x [T, C]}. */
    private static void addResponse(INDArray out, INDArray x, double[] h) {
        int steps = (int) x.size(0);
        int history = (int) out.size(0);
        int m = Math.min(steps, h.length - 1);
        if (m < 1) {
            return;
        }
        double[][] w = new double[history][m];
        for (int j = 0; j < history; j++) {
            for (int i = 0; i < m; i++) {
                int k = j + m - i;            // row i of the tail is step T − m + i
                w[j][i] = k < h.length ? h[k] : 0.0;
            }
        }
        INDArray tail = x.get(NDArrayIndex.interval(steps - m, steps), NDArrayIndex.all());
        out.addi(Nd4j.createFromArray(w).castTo(out.dataType()).mmul(tail));
    }
}
