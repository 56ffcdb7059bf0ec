/**
 * Neural-network layers over the autograd engine.
 *
 * <p>{@link org.snn4j.autograd.nn.Module} holds named {@link org.snn4j.autograd.nn.Parameter}s,
 * buffers and children under dotted paths, with train/eval modes. Every layer has an immutable
 * {@link org.snn4j.autograd.nn.LayerSpec} record that rebuilds it ({@code spec.build(rng)}) and is
 * serialised with a stable logical type name from the {@link org.snn4j.autograd.nn.LayerTypes} registry.
 * Stateless synapses (Linear, Conv2d, pooling, BatchNorm2d) accept extra leading dimensions so a
 * time-major {@code [T, B, ...]} sequence runs as one merged {@code [T·B, ...]} call.
 */
package org.snn4j.autograd.nn;
