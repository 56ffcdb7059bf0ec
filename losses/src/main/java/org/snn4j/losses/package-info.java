/**
 * Losses and read-outs for spiking networks, each built only from the autograd primitives in
 * {@code org.snn4j.autograd.ops}, so none needs a backward pass of its own.
 *
 * <p>Every loss takes the output layer's time-major tensor {@code [T, B, C]} (spikes, or membrane
 * potentials for the membrane read-outs) and a {@link org.snn4j.losses.LossTarget}: class labels
 * or a target spike train. Spikes are unit-amplitude events (0 or 1 per step of {@code tsMs}
 * milliseconds), so a spike count is {@code Σ_t s[t]}.
 *
 * <ul>
 *   <li>Rate and count losses (direct training, STBP/BPTT): {@link org.snn4j.losses.CountCrossEntropy},
 *       {@link org.snn4j.losses.RateMse}, {@link org.snn4j.losses.MembraneCrossEntropy},
 *       {@link org.snn4j.losses.Tet}.</li>
 *   <li>SLAYER's losses (Shrestha &amp; Orchard, NeurIPS 2018): {@link org.snn4j.losses.NumSpikes}
 *       and {@link org.snn4j.losses.SpikeTime}, with the causal filters of
 *       {@link org.snn4j.autograd.temporal} (shared with SLAYER's layers).</li>
 *   <li>Metrics (no gradient): {@link org.snn4j.losses.VanRossumDistance},
 *       {@link org.snn4j.losses.SpikeCountClassifier}.</li>
 * </ul>
 * {@link org.snn4j.losses.Losses#all()} lists one default instance of every loss for
 * parameterised tests.
 */
package org.snn4j.losses;
