package org.snn4j.examples.compare;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.snn4j.conversion.norm.Normalization;
import org.snn4j.neurons.model.Readout;

/**
 * Settings of {@code snn4j compare}.
 *
 * @param data             the dataset, its folder and (event data) the image size and split
 * @param annCheckpoint    a trained ANN checkpoint to load instead of training, or null
 * @param out              output folder (report.json, report.md, accuracy-vs-t.png, ...)
 * @param limitTrain       at most this many training samples (null: all)
 * @param limitTest        at most this many test samples (null: all)
 * @param epochs           ANN (and constrained LC-TTFS ANN) training epochs, ≥ 1
 * @param learningRate     Adam learning rate of the ANNs (cosine-annealed to 0), &gt; 0
 * @param snnEpochs        direct SNN training epochs, ≥ 1
 * @param hybridEpochs     hybrid fine-tuning epochs, ≥ 1
 * @param trainTimesteps   T of direct and hybrid training (surrogate BPTT), ≥ 1
 * @param timesteps        the T of the conversion curves, strictly increasing
 * @param norms            the normalisations compared; the first percentile one seeds the hybrid
 * @param readout          output readout of the converted networks
 * @param calibration      training samples used for data-based normalisation, ≥ 1
 * @param zeroBias         train the ANN without biases (Diehl's recipe)
 * @param shiftPx          ANN training augmentation: random shifts of at most this many pixels, ≥ 0
 * @param seed             master seed
 */
public record CompareOptions(DataOptions data, Path annCheckpoint, Path out, Integer limitTrain,
                             Integer limitTest, int epochs, double learningRate, int snnEpochs, int hybridEpochs, int trainTimesteps,
                             int[] timesteps, List<Normalization> norms, Readout readout, int calibration,
                             boolean zeroBias, int shiftPx, long seed) {

    public CompareOptions {
        if (data == null) {
            throw new IllegalArgumentException("--dataset is required");
        }
        long[] shape = data.inputShape();
        if (shape[1] < ComparisonNets.MIN_SIZE || shape[2] < ComparisonNets.MIN_SIZE) {
            throw new IllegalArgumentException("--size: the comparison CNN needs images of at least " + ComparisonNets.MIN_SIZE
                    + "x" + ComparisonNets.MIN_SIZE + ", got " + shape[1] + "x" + shape[2]);
        }
        if (!(learningRate > 0)) {
            throw new IllegalArgumentException("--lr must be > 0, got " + learningRate);
        }
        if (out == null) {
            throw new IllegalArgumentException("--out is required");
        }
        if (shiftPx < 0) {
            throw new IllegalArgumentException("--shift must be >= 0 pixels, got " + shiftPx);
        }
        if (epochs < 1 || snnEpochs < 1 || hybridEpochs < 1 || trainTimesteps < 1 || calibration < 1) {
            throw new IllegalArgumentException("--epochs, --snn-epochs, --hybrid-epochs, --train-timesteps and "
                    + "--calibration must be >= 1");
        }
        timesteps = timesteps.clone();
        for (int i = 0; i < timesteps.length; i++) {
            if (timesteps[i] < 1 || (i > 0 && timesteps[i] <= timesteps[i - 1])) {
                throw new IllegalArgumentException("--timesteps must be strictly increasing values >= 1, got "
                        + Arrays.toString(timesteps));
            }
        }
        norms = List.copyOf(norms);
        if (norms.isEmpty()) {
            throw new IllegalArgumentException("--norms must name at least one normalisation");
        }
    }

    /** The dataset name. */
    public String dataset() {
        return data.dataset();
    }

    @Override
    public int[] timesteps() {
        return timesteps.clone();
    }

    /** The conversion curve's T values with the training T added (for the hybrid comparison). */
    public int[] curveTimesteps() {
        return java.util.stream.IntStream.concat(Arrays.stream(timesteps), java.util.stream.IntStream.of(trainTimesteps))
                .distinct().sorted().toArray();
    }
}
