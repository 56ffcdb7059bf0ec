package org.snn4j.datasets.download;

import java.net.URI;
import java.util.List;

/**
 * One file of a dataset: where to get it, how to check it and where it goes.
 *
 * @param dataset    standard dataset folder name, e.g. {@code nmnist}
 * @param fileName   name the file is saved under, e.g. {@code Train.zip}
 * @param urls       official location first, then mirrors; empty for manual-only files
 * @param checksum   expected digest of the downloaded file
 * @param archive    what to do with it after verification
 * @param extractTo  folder relative to the dataset root receiving the file or its contents ("" = root)
 * @param manualPage for files that must be fetched by hand (licence click-through), the page to
 *                   visit; null when {@code urls} can be downloaded directly
 */
public record Resource(String dataset, String fileName, List<URI> urls, Checksum checksum, ArchiveType archive,
                       String extractTo, String manualPage) {

    /** Validates the fields. */
    public Resource {
        if (dataset == null || dataset.isBlank() || fileName == null || fileName.isBlank()) {
            throw new IllegalArgumentException("dataset and fileName must not be blank");
        }
        if (fileName.contains("/") || fileName.contains("\\") || fileName.startsWith(".")) {
            throw new IllegalArgumentException("fileName must be a plain file name, got '" + fileName + "'");
        }
        if (checksum == null || archive == null || extractTo == null) {
            throw new IllegalArgumentException("checksum, archive and extractTo must not be null");
        }
        urls = List.copyOf(urls);
        if (urls.isEmpty() && manualPage == null) {
            throw new IllegalArgumentException(fileName + ": needs at least one URL or a manual download page");
        }
    }

    /** A directly downloadable file. */
    public static Resource direct(String dataset, String fileName, String url, Checksum checksum, ArchiveType archive) {
        return new Resource(dataset, fileName, List.of(URI.create(url)), checksum, archive, "", null);
    }

    /** True if the file must be downloaded by hand from {@link #manualPage()}. */
    public boolean manualOnly() {
        return manualPage != null;
    }
}
