/**
 * Datasets: file index, labels, splits and metadata constants for N-MNIST
 * ({@link org.snn4j.datasets.NMnist}), CIFAR10-DVS ({@link org.snn4j.datasets.Cifar10Dvs}),
 * DVS128 Gesture ({@link org.snn4j.datasets.DvsGesture}), MNIST ({@link org.snn4j.datasets.Mnist}),
 * Fashion-MNIST ({@link org.snn4j.datasets.FashionMnist}) and CIFAR-10
 * ({@link org.snn4j.datasets.Cifar10}).
 *
 * <p>Datasets are found by {@link org.snn4j.datasets.DataLocator}: {@code --data DIR}, else
 * {@code $SNN4J_DATA/<name>/}. Event datasets index files up front and decode one sample per
 * {@link org.snn4j.datasets.EventDataset#get} call. Each dataset class lists its downloadable files
 * ({@code DOWNLOADS}: URLs and checksums) and {@link org.snn4j.datasets.Datasets} registers them by
 * dataset name. Sub-packages: {@code events} (the event
 * structure), {@code io} (readers and writers).
 */
package org.snn4j.datasets;
