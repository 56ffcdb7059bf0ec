package org.snn4j.experiment.config;

import org.snn4j.autograd.registry.Registry;
import org.snn4j.experiment.data.LearnedEncoding;
import org.snn4j.experiment.data.PoissonIntensity;
import org.snn4j.neurons.encoding.BernoulliEncoder;
import org.snn4j.neurons.encoding.DirectEncoder;
import org.snn4j.neurons.encoding.LatencyEncoder;

/**
 * The input-encoder registry of configs ({@code data.encoder.type}) → the encoder record class.
 * A record's fields are its JSON settings. {@code learned} leaves images unencoded for the model's
 * {@code learnable-encoder} layer.
 */
public final class EncoderTypes {
    /** Encoder name → {@link org.snn4j.neurons.encoding.Encoder} record class. */
    public static final Registry<Class<?>> REGISTRY = new Registry<Class<?>>("encoder")
            .register("direct", DirectEncoder.class)
            .register("poisson", PoissonIntensity.class)
            .register("bernoulli", BernoulliEncoder.class)
            .register("latency", LatencyEncoder.class)
            .register("learned", LearnedEncoding.class);

    private EncoderTypes() {
    }
}
