/**
 * The training loop: seeded epochs, per-epoch metrics, progress output, per-epoch checkpoints
 * and exact resume.
 */
package org.snn4j.autograd.train;
