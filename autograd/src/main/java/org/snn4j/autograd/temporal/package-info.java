/**
 * Causal filtering and shifting along time, the differentiable signal-processing ops shared by
 * SLAYER's layers ({@code org.snn4j.neurons.slayer}) and the spike-train losses and metrics
 * ({@code org.snn4j.losses}: the van Rossum distance, SLAYER's spike-time and spike-count errors).
 * Tensors are time-major {@code [T, B, ...]}.
 *
 * <ul>
 *   <li>Kernels, {@link org.snn4j.autograd.temporal.TemporalKernel}: the SRM-α kernel
 *       {@link org.snn4j.autograd.temporal.SrmAlphaKernel} (Shrestha &amp; Orchard, NeurIPS 2018),
 *       the exponential kernel {@link org.snn4j.autograd.temporal.ExponentialKernel} (van Rossum,
 *       Neural Computation 2001), or any taps.</li>
 *   <li>The filter op {@link org.snn4j.autograd.temporal.TemporalFilter}: a Toeplitz composition of
 *       primitives (the definition) and one recorded operation with its own VJP (the correlation),
 *       computed by a {@link org.snn4j.autograd.temporal.BlockFilter} chosen by
 *       {@link org.snn4j.autograd.temporal.FilterMethod}: direct FIR, FFT block FIR, or the exact
 *       two-state recursion of α kernels.</li>
 *   <li>{@link org.snn4j.autograd.temporal.DelayShift}: a real-valued, learnable delay with linear
 *       interpolation (SLAYER's axonal delay).</li>
 *   <li>{@link org.snn4j.autograd.temporal.SequenceBlocks} and
 *       {@link org.snn4j.autograd.temporal.ArrayRows}: the {@code [T, C]} column-block layout and
 *       buffer access the kernels (and fused kernels in other modules) run on, in parallel; their
 *       block scratch arrays come from the per-thread {@link org.snn4j.autograd.backend.BlockScratch}, so a pass allocates
 *       nothing per block.</li>
 * </ul>
 * Every op passes the float64 gradient checker, and the fast filter equals the Toeplitz definition
 * for every method (tested).
 */
package org.snn4j.autograd.temporal;
