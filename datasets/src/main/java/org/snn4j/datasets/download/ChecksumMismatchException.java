package org.snn4j.datasets.download;

/** A downloaded file's digest differs from the registered one; the file has been deleted. */
public final class ChecksumMismatchException extends DownloadException {
    private static final long serialVersionUID = 1L;

    private final String expected;
    private final String actual;

    public ChecksumMismatchException(String message, String expected, String actual) {
        super(message, null);
        this.expected = expected;
        this.actual = actual;
    }

    /** The registered digest ({@code md5:...} or {@code sha256:...}). */
    public String expected() {
        return expected;
    }

    /** The digest of the received bytes. */
    public String actual() {
        return actual;
    }
}
