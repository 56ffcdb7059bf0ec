/**
 * Benchmarks: JMH benchmarks and bench mains that implement the {@code shared/bench} reference
 * workloads exactly, for side-by-side speed ratios against PyTorch. Not run by the test phase.
 */
package org.snn4j.bench;
