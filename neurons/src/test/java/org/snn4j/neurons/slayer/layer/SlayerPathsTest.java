package org.snn4j.neurons.slayer.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.check.RandomArrays;
import org.snn4j.neurons.layers.NeuronLayer;
import org.snn4j.neurons.layers.NeuronLayerSpec;
import org.snn4j.neurons.model.ExecutionPath;
import org.snn4j.neurons.slayer.SrmParameters;

/**
 * A two-layer SLAYER MLP gives the same spikes and weight gradients on the reference and fused
 * paths (float64, relative error &lt; 1e-5): the layer-level version of FusedVsReferenceSrmTest,
 * including the sparse synapse against the matmul primitive and the error reassignment through
 * the hidden layer. The layers' synapses ({@link SrmLayer#drive}) feed the neuron layer of model
 * {@code "srm"} on either path; on the fused path that is exactly the layers' own forward.
 */
class SlayerPathsTest {

    @Test
    void referenceAndFusedMlpAgree() {
        SrmParameters p = new SrmParameters(10, 5, 1, 2, 0.5, 1, 1, 300);
        INDArray x = Nd4j.rand(DataType.DOUBLE, 50, 2, 30).lt(0.04).castTo(DataType.DOUBLE);
        INDArray seed = RandomArrays.uniform(5, -1, 1, 50, 2, 4);
        double[][] grads = new double[2][];
        INDArray[] out = new INDArray[2];
        int i = 0;
        for (ExecutionPath path : ExecutionPath.values()) {
            SlayerDense l1 = new SlayerDenseSpec(30, 12, 40.0, p).build(new SplittableRandom(9));
            SlayerDense l2 = new SlayerDenseSpec(12, 4, 40.0, p).build(new SplittableRandom(10));
            l1.castTo(DataType.DOUBLE);
            l2.castTo(DataType.DOUBLE);
            NeuronLayer neuron = new NeuronLayerSpec(p).withPath(path).build(new SplittableRandom(0));
            Tensor s = neuron.forward(l2.drive(neuron.forward(l1.drive(Tensor.constant(x)))));
            if (path == ExecutionPath.FUSED) {
                assertEquals(l2.forward(l1.forward(Tensor.constant(x))).value(), s.value(), "the layers' own neuron");
            }
            s.backward(seed, false);
            out[i] = s.value();
            grads[i] = Nd4j.concat(0, l1.weight().grad().reshape(-1), l2.weight().grad().reshape(-1)).toDoubleVector();
            i++;
        }
        assertTrue(out[0].sumNumber().doubleValue() > 5, "output spikes " + out[0].sumNumber());
        assertEquals(out[0], out[1]);
        INDArray a = Nd4j.createFromArray(grads[0]);
        INDArray b = Nd4j.createFromArray(grads[1]);
        double rel = a.sub(b).norm2Number().doubleValue() / a.norm2Number().doubleValue();
        assertTrue(a.norm2Number().doubleValue() > 0 && rel < 1e-5, "relative error " + rel);
    }
}
