package org.snn4j.experiment.config;

import org.snn4j.autograd.registry.Registry;
import org.snn4j.experiment.data.PoissonIntensity;
import org.snn4j.neurons.encoding.BernoulliEncoder;
import org.snn4j.neurons.encoding.DirectEncoder;
import org.snn4j.neurons.encoding.LatencyEncoder;

/**
 * The input-encoder registry of configs ({@code data.encoder.type}) → the encoder record class.
 * A record's fields are its JSON settings.
 */
public final class EncoderTypes {
    /** Encoder name → {@link org.snn4j.neurons.encoding.Encoder} record class. */
    public static final Registry<Class<?>> REGISTRY = new Registry<Class<?>>("encoder")
            .register("direct", DirectEncoder.class)
            .register("poisson", PoissonIntensity.class)
            .register("bernoulli", BernoulliEncoder.class)
            .register("latency", LatencyEncoder.class);

    private EncoderTypes() {
    }
}
