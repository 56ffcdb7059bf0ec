package org.snn4j.datasets.download;

import java.io.IOException;

/**
 * A dataset file could not be obtained. The message always ends with the manual route: the URL
 * (or page) to download by hand and the exact path to save the file to.
 */
public class DownloadException extends IOException {
    private static final long serialVersionUID = 1L;

    public DownloadException(String message, Throwable cause) {
        super(message, cause);
    }
}
