/**
 * Weight initialisers (Kaiming/He, Xavier/Glorot, PyTorch's layer defaults), each filling an
 * array in place from an explicitly passed, seeded {@link java.util.random.RandomGenerator}:
 * the same seed gives identical weights.
 */
package org.snn4j.autograd.nn.init;
