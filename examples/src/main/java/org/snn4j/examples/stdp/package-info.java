/**
 * The {@code snn4j stdp} runner: the Diehl &amp; Cook (2015) unsupervised MNIST experiment over the
 * {@code neurons.diehlcook} network, its presets ({@code mnist-stdp-100}, {@code mnist-stdp-400}
 * as JSON resources), the seeded digit order (the shared MNIST training file is stored class by
 * class), the learned weights file ({@link org.snn4j.examples.stdp.FieldWeights}, drawn by
 * {@code snn4j plot fields}) and the report (test accuracy, event-driven vs dense samples/s,
 * identical-spike check).
 */
package org.snn4j.examples.stdp;
