package org.snn4j.conversion;

import java.util.Iterator;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.train.Batch;
import org.snn4j.autograd.train.BatchSource;
import org.snn4j.conversion.network.ConvertedNetwork;
import org.snn4j.conversion.norm.ActivationStatistics;
import org.snn4j.conversion.norm.ApplyMode;
import org.snn4j.conversion.norm.Normalization;
import org.snn4j.conversion.norm.Normalizer;
import org.snn4j.conversion.norm.Scales;

/**
 * Conversion in one call: read the ANN, measure its activations on calibration data (when the
 * normalisation needs data), choose the scales and apply them.
 *
 * <pre>{@code
 * SpikingNetwork snn = Conversion.convert(ann, new long[] {1, 28, 28}, Normalization.percentile(99.9),
 *         ApplyMode.WEIGHTS, calibration, 1000);
 * SimulationResult r = IfSimulator.run(snn, test, SimulationConfig.defaults(16, 32, 64, 128));
 * }</pre>
 */
public final class Conversion {
    private Conversion() {
    }

    /**
     * @param ann          the trained ANN (its weights are copied, it is not modified)
     * @param inputShape   per-sample input shape, e.g. {@code [1, 28, 28]}
     * @param calibration  data for data-based and percentile norms (training data, not the test set);
     *                     may be null for model-based normalisation
     * @param maxSamples   use at most this many calibration samples
     */
    public static SpikingNetwork convert(Module ann, long[] inputShape, Normalization norm, ApplyMode mode,
                                         BatchSource calibration, int maxSamples) {
        ConvertedNetwork net = AnnConverter.convert(ann, DataType.FLOAT, inputShape);
        ActivationStatistics stats = norm.needsData() ? statistics(net, calibration, maxSamples,
                norm.method() == org.snn4j.conversion.norm.NormMethod.PERCENTILE) : null;
        Scales scales = Normalizer.scales(net, norm, stats);
        return Normalizer.apply(net, scales, mode, norm.label() + "/" + mode.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** The ANN activation statistics of {@code net} over at most {@code maxSamples} samples of {@code data}. */
    public static ActivationStatistics statistics(ConvertedNetwork net, BatchSource data, int maxSamples,
                                                  boolean keepValues) {
        if (data == null) {
            throw new IllegalArgumentException("data-based and percentile normalisation need calibration data");
        }
        ActivationStatistics stats = new ActivationStatistics(net, keepValues);
        Iterator<Batch> it = data.batches(0);
        while (it.hasNext() && stats.samplesSeen() < maxSamples) {
            INDArray x = it.next().input();
            long room = maxSamples - stats.samplesSeen();
            if (x.size(0) > room) {
                x = x.get(NDArrayIndex.interval(0, room)).dup();
            }
            stats.add(net.analog(x.castTo(DataType.FLOAT)));
        }
        return stats;
    }
}
