package org.snn4j.conversion;

import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.nn.LayerSpec;
import org.snn4j.autograd.nn.Linear;
import org.snn4j.autograd.nn.LinearSpec;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.nn.ReLUSpec;
import org.snn4j.autograd.nn.Sequential;
import org.snn4j.autograd.nn.SequentialSpec;
import org.snn4j.autograd.train.InMemoryBatchSource;

/** Small networks and data for the conversion tests. */
public final class Nets {
    private Nets() {
    }

    /** A bias-free Linear with the given weight rows. */
    public static Linear linear(double[][] w) {
        Linear l = new LinearSpec(w[0].length, w.length, false).build(new SplittableRandom(0));
        l.weight().assign(Nd4j.createFromArray(w).castTo(DataType.FLOAT));
        return l;
    }

    /** The hand-worked two-layer network: 2 → 2 (ReLU) → 2, no biases. */
    public static Sequential handWorked() {
        return new Sequential(linear(new double[][] {{0.5, 0.5}, {-0.25, 0.75}}), new ReLUSpec().build(null),
                linear(new double[][] {{1.0, 0.5}, {0.25, -1.0}}));
    }

    /** Builds {@code layers} from a fixed seed. */
    public static Module build(long seed, LayerSpec... layers) {
        return new SequentialSpec(layers).build(new SplittableRandom(seed));
    }

    /** {@code n} samples of shape {@code shape} uniform in [0, 1). */
    public static INDArray uniform(long seed, int n, long... shape) {
        long[] full = new long[shape.length + 1];
        full[0] = n;
        System.arraycopy(shape, 0, full, 1, shape.length);
        SplittableRandom r = new SplittableRandom(seed);
        double[] v = new double[(int) (n * java.util.Arrays.stream(shape).reduce(1, (a, b) -> a * b))];
        for (int i = 0; i < v.length; i++) {
            v[i] = r.nextDouble();
        }
        return Nd4j.createFromArray(v).castTo(DataType.FLOAT).reshape(full);
    }

    /** Batches of {@code x} with the given labels, in order. */
    public static InMemoryBatchSource source(INDArray x, int[] labels, int batch) {
        return new InMemoryBatchSource(x, labels, batch, false);
    }
}
