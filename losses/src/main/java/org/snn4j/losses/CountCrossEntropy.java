package org.snn4j.losses;

import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.ops.Arithmetic;
import org.snn4j.autograd.ops.LossFunctions;
import org.snn4j.autograd.ops.Reductions;

/**
 * Cross-entropy on spike counts or firing rates (snnTorch's {@code ce_count_loss} when counting).
 *
 * <pre>
 * n[b,c] = Σ_t s[t,b,c]                       spike count over the T steps
 * z[b,c] = n[b,c]        (asRate = false)     or  n[b,c] / T  (asRate = true, spikes per step)
 * L      = −(1/B) Σ_b log softmax(z[b,·])[y_b]
 * </pre>
 * The rate form divides the logits by {@code T}, which softens the softmax for long sequences;
 * the count form sharpens it as {@code T} grows. Gradients flow into {@code s} through the
 * sum (each step of a class receives the same gradient).
 *
 * @param asRate divide the counts by {@code T} before the softmax
 */
public record CountCrossEntropy(boolean asRate) implements ClassificationLoss {

    @Override
    public String name() {
        return asRate ? "rate-ce" : "count-ce";
    }

    @Override
    public Tensor loss(Tensor output, int[] labels) {
        LossInputs.requireClassified(name(), output, labels);
        Tensor counts = Reductions.sum(output, false, 0);
        Tensor logits = asRate ? Arithmetic.div(counts, output.size(0)) : counts;
        return LossFunctions.crossEntropy(logits, labels);
    }
}
