/**
 * Readers and writers: bytes to {@link org.snn4j.datasets.events.Events} and labelled images.
 *
 * <p>Each reader documents its bit layout as named constants and follows
 * {@code docs/FORMATS.md}: {@link org.snn4j.datasets.io.NMnistBinReader} (N-MNIST 40-bit),
 * {@link org.snn4j.datasets.io.Aedat2Reader} (jAER AEDAT 1.0/2.0 DVS128, CIFAR10-DVS),
 * {@link org.snn4j.datasets.io.Aedat31Reader} (AEDAT 3.1, DVS Gesture),
 * {@link org.snn4j.datasets.io.Aedat4Reader} (DV AEDAT 4.0 with LZ4 packets),
 * {@link org.snn4j.datasets.io.IdxReader} (MNIST / Fashion-MNIST IDX, gzip or raw) and
 * {@link org.snn4j.datasets.io.Cifar10BinaryReader}. Writers exist for the formats the DVS
 * emulator produces ({@link org.snn4j.datasets.io.NMnistBinWriter},
 * {@link org.snn4j.datasets.io.Aedat2Writer}).
 *
 * <p>Bad input never escapes as an unchecked exception: it is a
 * {@link org.snn4j.datasets.io.MalformedFileException} naming the file and byte offset, and sizes
 * read from a file are checked against the file's length before anything is allocated.
 * Paths are checked first ({@link org.snn4j.datasets.io.InputFiles}: regular files only, sizes the
 * heap can hold), gzip streams are verified ({@link org.snn4j.datasets.io.GzipInput}), and event
 * files can be streamed in bounded chunks ({@link org.snn4j.datasets.io.EventReader#stream} into an
 * {@link org.snn4j.datasets.io.EventSink}; {@link org.snn4j.datasets.io.EventSummary} gives the
 * {@link org.snn4j.datasets.events.EventStats} of a file of any size).
 */
package org.snn4j.datasets.io;
