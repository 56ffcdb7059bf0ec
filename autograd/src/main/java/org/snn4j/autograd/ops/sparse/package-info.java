/**
 * Event-driven (sparse-input) kernels of the engine's products.
 *
 * <p>Spike tensors are binary and mostly zero (rate-coded MNIST about 13 % ones, N-MNIST about
 * 3 %), so a product with a spike input costs work per event instead of per entry:
 * {@link org.snn4j.autograd.ops.sparse.SpikeEvents} is the compressed form of such an input (also
 * the event list of the event-driven convolution, over the input viewed as {@code [N, C·H·W]}),
 * {@link org.snn4j.autograd.ops.sparse.EventSynapse} the forward product and weight gradient of
 * a dense layer from it (float32 on packed, vector-padded column blocks:
 * {@link org.snn4j.autograd.ops.sparse.FloatEventSynapse}, {@link org.snn4j.autograd.ops.sparse.PackedSlices}),
 * {@link org.snn4j.autograd.ops.sparse.SpikeColumns} the compact form
 * (a column bit set for spikes) a backward rule keeps for the weight gradient,
 * {@link org.snn4j.autograd.ops.sparse.SpikeBits} the row bit set the dense path keeps instead of a
 * binary input,
 * {@link org.snn4j.autograd.ops.sparse.RowSums} the one row-add loop of these kernels and of the
 * event-driven convolution,
 * {@link org.snn4j.autograd.ops.sparse.SparsePolicy} the
 * {@code snn4j.sparse=auto|on|off} switch every event path reads.
 * {@link org.snn4j.autograd.ops.LinearAlgebra} chooses between the dense GEMM and the event path.
 */
package org.snn4j.autograd.ops.sparse;
