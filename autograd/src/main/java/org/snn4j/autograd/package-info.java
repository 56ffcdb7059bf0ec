/**
 * The reverse-mode engine: {@link org.snn4j.autograd.Tensor}, the tape ({@link org.snn4j.autograd.Graph}),
 * no-grad scopes and broadcasting. Operations live in {@code ops}, layers in {@code nn}, optimisers in
 * {@code optim}, checkpoints in {@code checkpoint}.
 */
package org.snn4j.autograd;
