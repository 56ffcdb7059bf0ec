/**
 * The training loop: seeded epochs, per-epoch metrics, progress output, per-epoch checkpoints
 * and exact resume. Resume is strict: the run must go past the checkpoint's epochs and keep the
 * settings it recorded (or record a {@link org.snn4j.autograd.train.SettingsChange} when
 * overridden). A NaN or infinite loss stops training with a
 * {@link org.snn4j.autograd.train.TrainingDivergedException}; empty splits are refused.
 */
package org.snn4j.autograd.train;
