package org.snn4j.datasets.download;

/** How a downloaded file becomes the dataset's standard layout. */
public enum ArchiveType {
    /** Kept as downloaded (e.g. MNIST's {@code .gz} files, which the IDX reader reads directly). */
    NONE,
    /** A zip archive, extracted (N-MNIST, CIFAR10-DVS). */
    ZIP,
    /** A gzip-compressed POSIX/GNU tar archive, extracted (CIFAR-10, DVS Gesture). */
    TAR_GZ,
    /** A single gzip-compressed file, decompressed next to it without the {@code .gz} suffix. */
    GZ
}
