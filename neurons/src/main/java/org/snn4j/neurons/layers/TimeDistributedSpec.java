package org.snn4j.neurons.layers;

import java.util.random.RandomGenerator;
import org.snn4j.autograd.nn.LayerSpec;

/**
 * Configuration of {@link TimeDistributed}. JSON type {@code "time-distributed"}, e.g.
 * {@code {"type":"time-distributed","inner":{"type":"batchnorm1d",...}}}.
 *
 * @param inner the stateless layer run over the merged {@code [T·B, ...]} view
 */
public record TimeDistributedSpec(LayerSpec inner) implements LayerSpec {

    public TimeDistributedSpec {
        if (inner == null) {
            throw new IllegalArgumentException("TimeDistributedSpec.inner is required");
        }
    }

    @Override
    public TimeDistributed build(RandomGenerator rng) {
        return new TimeDistributed(this, inner.build(rng));
    }
}
