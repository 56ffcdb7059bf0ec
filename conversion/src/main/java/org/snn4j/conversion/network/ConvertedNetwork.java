package org.snn4j.conversion.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A feed-forward ANN in the form conversion works on: a list of {@link Stage}s, each one
 * population of neurons, with BatchNorm folded and Dropout removed. Its {@link #analog} pass is
 * the ANN in evaluation mode; scaling the weights (normalisation) keeps this form.
 *
 * @param inputShape the per-sample input shape, e.g. {@code [1, 28, 28]}
 * @param stages     the layers in order; the last one is the output layer
 */
public record ConvertedNetwork(long[] inputShape, List<Stage> stages) {

    public ConvertedNetwork {
        inputShape = inputShape.clone();
        stages = List.copyOf(stages);
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("a converted network needs at least one Linear/Conv2d layer");
        }
        long[] s = inputShape;
        for (Stage st : stages) {
            s = st.outputShape(s);
        }
    }

    @Override
    public long[] inputShape() {
        return inputShape.clone();
    }

    /** The per-sample input shape of every stage, followed by the network's output shape. */
    public List<long[]> shapes() {
        List<long[]> out = new ArrayList<>();
        long[] s = inputShape;
        out.add(s);
        for (Stage st : stages) {
            s = st.outputShape(s);
            out.add(s);
        }
        return out;
    }

    /** The ANN's forward pass: the activation of every stage for a batch {@code [B, inputShape…]}. */
    public List<INDArray> analog(INDArray x) {
        requireInput(x);
        List<INDArray> acts = new ArrayList<>();
        INDArray a = x;
        for (Stage st : stages) {
            a = st.analog(a);
            acts.add(a);
        }
        return acts;
    }

    /** The ANN's output (last stage, before any softmax) for a batch. */
    public INDArray output(INDArray x) {
        List<INDArray> acts = analog(x);
        return acts.get(acts.size() - 1);
    }

    /** This network with other stages (same count). */
    public ConvertedNetwork withStages(List<Stage> replaced) {
        return new ConvertedNetwork(inputShape, replaced);
    }

    /** Throws unless {@code x} is a batch of inputs of {@link #inputShape()}. */
    public void requireInput(INDArray x) {
        long[] s = x.shape();
        if (s.length != inputShape.length + 1 || !Arrays.equals(Arrays.copyOfRange(s, 1, s.length), inputShape)) {
            throw new IllegalArgumentException("the converted network expects input [B, "
                    + Arrays.toString(inputShape).replaceAll("[\\[\\]]", "") + "], got " + Arrays.toString(s));
        }
    }
}
