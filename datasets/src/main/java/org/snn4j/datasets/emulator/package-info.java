/**
 * DVS emulator: turns static images into event streams the way the neuromorphic "converted"
 * datasets were recorded, by moving the image in front of a simulated event camera.
 *
 * <p>{@link org.snn4j.datasets.emulator.DvsEmulator} simulates the pixel array
 * ({@link org.snn4j.datasets.emulator.EmulatorConfig}: log-intensity contrast threshold with
 * per-pixel mismatch, refractory period, background noise) over a moving
 * {@link org.snn4j.datasets.emulator.ImageScene}; a {@link org.snn4j.datasets.emulator.Motion}
 * gives the sub-pixel offset over time ({@link org.snn4j.datasets.emulator.SaccadeMotion} for
 * N-MNIST's three saccades, {@link org.snn4j.datasets.emulator.CircularMotion} for CIFAR10-DVS's
 * circulating movement). {@link org.snn4j.datasets.emulator.EmulationPreset} bundles both setups;
 * {@link org.snn4j.datasets.emulator.EmulatedDatasets} writes whole datasets as N-MNIST
 * {@code .bin} or AEDAT 2.0 folders that the dataset classes load. All randomness is passed in.
 */
package org.snn4j.datasets.emulator;
