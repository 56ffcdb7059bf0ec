package org.snn4j.losses;

import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.ops.Arithmetic;
import org.snn4j.autograd.ops.LossFunctions;
import org.snn4j.autograd.ops.Reductions;

/**
 * Mean squared error between firing rates and target rates (after snnTorch's
 * {@code mse_count_loss}, which follows SLAYER's spike-count loss).
 *
 * <pre>
 * r[b,c] = (1/T) Σ_t s[t,b,c]                                  spikes per step, in [0, 1]
 * r̂[b,c] = correctRate if c = y_b, else incorrectRate
 * L      = (1/(B·C)) Σ_{b,c} (r[b,c] − r̂[b,c])²
 * </pre>
 * Relation to snnTorch: its {@code mse_count_loss(correct_rate, incorrect_rate)} is
 * {@code mean((n − ⌊T·r̂⌋)²) / T} on counts {@code n = T·r}, which equals {@code T · L} when
 * {@code T·correctRate} and {@code T·incorrectRate} are whole numbers (snnTorch truncates them to
 * integers). The rate form here keeps the loss scale independent of {@code T}.
 *
 * @param correctRate   target spikes per step for the labelled class, in [0, 1]
 * @param incorrectRate target spikes per step for every other class, in [0, 1]
 */
public record RateMse(double correctRate, double incorrectRate) implements ClassificationLoss {

    public RateMse {
        if (!(correctRate >= 0 && correctRate <= 1)) {
            throw new IllegalArgumentException("correctRate must be in [0, 1] spikes per step, got " + correctRate);
        }
        if (!(incorrectRate >= 0 && incorrectRate <= 1)) {
            throw new IllegalArgumentException("incorrectRate must be in [0, 1] spikes per step, got " + incorrectRate);
        }
    }

    @Override
    public String name() {
        return "rate-mse";
    }

    @Override
    public Tensor loss(Tensor output, int[] labels) {
        LossInputs.requireClassified(name(), output, labels);
        Tensor rates = Arithmetic.div(Reductions.sum(output, false, 0), output.size(0));
        Tensor target = Tensor.constant(LossInputs.classTargets(labels, output.size(2), correctRate, incorrectRate,
                output.dataType()));
        return LossFunctions.mse(rates, target);
    }
}
