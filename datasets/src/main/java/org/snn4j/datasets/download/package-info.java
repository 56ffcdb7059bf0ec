/**
 * Downloaders: the description of one downloadable file ({@link org.snn4j.datasets.download.Resource}:
 * official location and mirrors, checksum, archive type; each dataset class lists its own
 * {@code DOWNLOADS}), a resumable HTTP downloader with checksum verification
 * ({@link org.snn4j.datasets.download.Downloader}) and safe extraction of zip, tar.gz and gz
 * archives into each dataset's standard layout ({@link org.snn4j.datasets.download.Extractor}).
 *
 * <p>Without network access (or for datasets whose licence requires a manual download, DVS
 * Gesture) the error message names the URL to fetch by hand and the exact path to save it to;
 * a re-run then verifies the file and extracts it.
 */
package org.snn4j.datasets.download;
