package org.snn4j.examples.stdp;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.checkpoint.SafeTensors;
import org.snn4j.autograd.checkpoint.SafeTensorsFile;

/**
 * The learned input→excitatory weights of an {@code snn4j stdp} run, saved as a safetensors file
 * (one F32 tensor {@code weights} of shape {@code [side², neurons]}, metadata {@code side}), read
 * back by {@code snn4j plot fields}.
 *
 * @param weights {@code [inputs][neurons]}, inputs = side²
 * @param side    image side (28 for MNIST)
 */
public record FieldWeights(double[][] weights, int side) {
    /** The tensor name in the file. */
    public static final String TENSOR = "weights";

    /** Writes the file atomically. */
    public void write(Path file) throws IOException {
        INDArray w = Nd4j.create(weights).castTo(DataType.FLOAT);
        SafeTensors.write(file, Map.of(TENSOR, w), Map.of("side", Integer.toString(side), "format", "snn4j-stdp-weights"));
    }

    /**
     * Reads a file written by {@link #write}.
     *
     * @throws IllegalArgumentException naming the file and what is missing
     */
    public static FieldWeights read(Path file) throws IOException {
        SafeTensorsFile f = SafeTensors.read(file);
        INDArray w = f.tensors().get(TENSOR);
        String side = f.metadata().get("side");
        if (w == null || side == null || w.rank() != 2) {
            throw new IllegalArgumentException(file + ": not an snn4j stdp weights file (needs a 2-D tensor '"
                    + TENSOR + "' and metadata 'side'; write one with snn4j stdp --report)");
        }
        int s;
        try {
            s = Integer.parseInt(side);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + ": metadata 'side' is not an integer: " + side);
        }
        if ((long) s * s != w.size(0)) {
            throw new IllegalArgumentException(file + ": tensor '" + TENSOR + "' has " + w.size(0)
                    + " rows, expected side² = " + (long) s * s);
        }
        return new FieldWeights(w.castTo(DataType.DOUBLE).toDoubleMatrix(), s);
    }

    /** The weights file written next to a report: {@code report.json} → {@code report.weights.safetensors}. */
    public static Path besideReport(Path report) {
        String name = report.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return report.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".weights.safetensors");
    }
}
