/**
 * The shared gradient checker, shipped in autograd's test-jar so that every module's tests check
 * ops, neuron models, surrogates, losses and fused kernels the same way:
 * {@link org.snn4j.autograd.check.GradientChecker} compares reverse-mode gradients with float64
 * central differences on {@code 'c'}-ordered, {@code 'f'}-ordered and strided-view inputs
 * ({@link org.snn4j.autograd.check.Layout}); {@link org.snn4j.autograd.check.RandomArrays} makes
 * seeded inputs that stay away from kinks and ties.
 *
 * <pre>{@code
 * GradientChecker.check(in -> Activations.softmax(in[0], 1), RandomArrays.uniform(1, -2, 2, 3, 4))
 *         .assertOk();
 * }</pre>
 */
package org.snn4j.autograd.check;
