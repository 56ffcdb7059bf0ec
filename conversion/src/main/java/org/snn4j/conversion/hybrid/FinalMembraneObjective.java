package org.snn4j.conversion.hybrid;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.ops.Indexing;
import org.snn4j.autograd.ops.LossFunctions;
import org.snn4j.autograd.train.Objective;

/**
 * The objective of a hybrid network whose output layer integrates without reset (membrane
 * readout, {@code h[t] = Σ_{t'≤t} z^L(t')} of shape {@code [T, B, C]}):
 *
 * <pre>
 * logits[b, c] = h[T, b, c] · λ^L / T        (the mean output current, back in ANN units)
 * L = −(1/B) Σ_b log softmax(logits[b, ·])[y_b];   prediction = argmax_c h[T, b, c]
 * </pre>
 * Multiplying by the output layer's scale λ^L restores the ANN's logit range, which the
 * softmax needs; it does not change the prediction.
 *
 * @param outputScale λ^L, &gt; 0
 */
public record FinalMembraneObjective(double outputScale) implements Objective {

    public FinalMembraneObjective {
        if (!(outputScale > 0)) {
            throw new IllegalArgumentException("outputScale must be > 0, got " + outputScale);
        }
    }

    @Override
    public Tensor loss(Tensor output, int[] labels) {
        long t = output.size(0);
        Tensor last = Indexing.select(output, 0, t - 1);
        return LossFunctions.crossEntropy(last.mul(outputScale / t), labels);
    }

    @Override
    public int[] predict(Tensor output) {
        INDArray last = output.value().get(NDArrayIndex.point(output.size(0) - 1)).dup();
        int[] out = new int[(int) last.size(0)];
        double[][] m = last.toDoubleMatrix();
        for (int b = 0; b < out.length; b++) {
            int best = 0;
            for (int c = 1; c < m[b].length; c++) {
                if (m[b][c] > m[b][best]) {
                    best = c;
                }
            }
            out[b] = best;
        }
        return out;
    }
}
