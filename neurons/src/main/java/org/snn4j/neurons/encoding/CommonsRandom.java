package org.snn4j.neurons.encoding;

import org.apache.commons.math3.random.AbstractRandomGenerator;

/**
 * A Commons Math {@code RandomGenerator} view of a {@link java.util.random.RandomGenerator}, so
 * that Commons Math distributions draw from the caller's seeded generator. Re-seeding through
 * this view is not supported: seed the wrapped generator instead.
 */
final class CommonsRandom extends AbstractRandomGenerator {
    private final java.util.random.RandomGenerator source;

    CommonsRandom(java.util.random.RandomGenerator source) {
        this.source = source;
    }

    @Override
    public void setSeed(long seed) {
        throw new UnsupportedOperationException("seed the wrapped java.util.random.RandomGenerator instead");
    }

    @Override
    public double nextDouble() {
        return source.nextDouble();
    }
}
