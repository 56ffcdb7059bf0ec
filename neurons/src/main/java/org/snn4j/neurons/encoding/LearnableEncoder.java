package org.snn4j.neurons.encoding;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.nn.BatchNorm2d;
import org.snn4j.autograd.nn.BatchNorm2dSpec;
import org.snn4j.autograd.nn.Conv2d;
import org.snn4j.autograd.nn.Module;
import org.snn4j.neurons.layers.NetworkState;
import org.snn4j.neurons.layers.NeuronLayer;
import org.snn4j.neurons.layers.StatefulLayer;

/**
 * A trainable spike encoder (the encoding layer of Wu et al. 2019, "Direct
 * training for spiking neural networks: faster, larger, better", and SpikingJelly's static-image
 * networks): every encoder neuron sees a patch of pixel intensities through a convolution and
 * emits spikes; its weights are trained end to end with the rest of the network.
 *
 * <pre>
 * image x [B, C, H, W]:  a = BN(conv(x))      once, then repeated over T steps
 *                        s[t] = neuron(a)     s [T, B, C', H', W']
 * frames x [T, B, C, H, W]:  a[t] = BN(conv(x[t])) over all T·B frames, s = neuron(a)
 * </pre>
 * For a static image the convolution and the batch normalisation run once, not T times (the
 * statistics are the same: repeating a batch changes neither its mean nor its biased variance).
 * Children: {@code conv}, {@code bn} (optional), {@code neuron}. Streamed through a
 * {@link NetworkState} each step takes one frame {@code [B, C, H, W]}.
 */
public class LearnableEncoder extends Module implements StatefulLayer {
    private final LearnableEncoderSpec spec;
    private final Conv2d conv;
    private final BatchNorm2d bn;
    private final NeuronLayer neuron;

    public LearnableEncoder(LearnableEncoderSpec spec, RandomGenerator rng) {
        this.spec = spec;
        this.conv = registerModule("conv", spec.conv().build(rng));
        this.bn = spec.batchNorm() ? registerModule("bn", new BatchNorm2d(new BatchNorm2dSpec(spec.conv().outChannels())))
                : null;
        this.neuron = registerModule("neuron", new NeuronLayer(spec.neuron()));
    }

    @Override
    public Tensor forward(Tensor x) {
        return forward(x, null);
    }

    @Override
    public Tensor forward(Tensor x, NetworkState state) {
        if (x.rank() != 4 && x.rank() != 5) {
            throw new IllegalArgumentException("LearnableEncoder expects an image [B, C, H, W] or frames "
                    + "[T, B, C, H, W], got " + Arrays.toString(x.shape()));
        }
        Tensor a = conv.forward(x);
        if (bn != null) {
            a = bn.forward(a);
        }
        Tensor sequence = x.rank() == 4 ? DirectEncoder.repeat(a, spec.steps()) : a;
        return neuron.forward(sequence, state);
    }

    @Override
    public LearnableEncoderSpec spec() {
        return spec;
    }
}
