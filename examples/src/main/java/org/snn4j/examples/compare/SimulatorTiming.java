package org.snn4j.examples.compare;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.snn4j.autograd.checkpoint.Checkpoint;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.train.InMemoryBatchSource;
import org.snn4j.conversion.Conversion;
import org.snn4j.conversion.SpikingNetwork;
import org.snn4j.conversion.norm.ApplyMode;
import org.snn4j.conversion.norm.Normalization;
import org.snn4j.conversion.sim.IfSimulator;
import org.snn4j.neurons.model.Readout;
import org.snn4j.conversion.sim.SimulationConfig;
import org.snn4j.conversion.sim.SimulationResult;
import org.snn4j.datasets.Split;
import org.snn4j.experiment.data.ImageData;

/**
 * A profiling main, not a test: converts an ANN checkpoint with percentile:99.9 and prints the
 * wall time of {@link IfSimulator} on the first N MNIST test images at T = 4…128 (membrane
 * readout, diagnostics on, as {@code snn4j compare} runs it).
 *
 * <pre>
 * java -cp snn4j-examples.jar org.snn4j.examples.compare.SimulatorTiming CHECKPOINT IMAGES BATCH [DATASET]
 * </pre>
 */
public final class SimulatorTiming {
    private SimulatorTiming() {
    }

    public static void main(String[] args) throws Exception {
        Path checkpoint = Path.of(args[0]);
        int images = Integer.parseInt(args[1]);
        int batch = Integer.parseInt(args[2]);
        String dataset = args.length > 3 ? args[3] : "mnist";
        Module ann = Checkpoint.loadModel(checkpoint);
        DataOptions data = DataOptions.of(dataset, null);
        ImageData train = CompareData.load(data, Split.TRAIN, 10000);
        ImageData test = CompareData.load(data, Split.TEST, images);
        SpikingNetwork snn = Conversion.convert(ann, data.inputShape(), Normalization.parse("percentile:99.9"),
                ApplyMode.WEIGHTS, new InMemoryBatchSource(train.images(), train.labels(), 250, true), 1000);
        SimulationConfig cfg = SimulationConfig.defaults(4, 6, 8, 16, 32, 64, 128).withReadout(Readout.MEMBRANE);
        long t0 = System.nanoTime();
        SimulationResult r = IfSimulator.run(snn, new InMemoryBatchSource(test.images(), test.labels(), batch, false), cfg);
        System.out.printf(Locale.ROOT, "%d images, batch %d, T = %s: %.1f s wall (%.1f s reported)%n", images, batch,
                Arrays.toString(r.timesteps()), (System.nanoTime() - t0) / 1e9, r.seconds());
        System.out.println("accuracy " + Arrays.toString(r.accuracy()));
    }
}
