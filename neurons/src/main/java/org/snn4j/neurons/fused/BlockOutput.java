package org.snn4j.neurons.fused;

/**
 * Receives a {@link LinearChargeStep}'s output one block at a time, while the block is still in
 * the cache: {@code values[0, len)} are the outputs of flat neurons {@code [at, at + len)}.
 */
@FunctionalInterface
public interface BlockOutput {
    void accept(int at, double[] values, int len);
}
