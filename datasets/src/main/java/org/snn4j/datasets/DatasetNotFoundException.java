package org.snn4j.datasets;

import java.io.IOException;

/**
 * A dataset is missing or incomplete. The message lists every folder that was looked at, what
 * was missing in each, and how to point snn4j at the data ({@code --data DIR} or
 * {@code $SNN4J_DATA}).
 */
public class DatasetNotFoundException extends IOException {
    private static final long serialVersionUID = 1L;

    public DatasetNotFoundException(String message) {
        super(message);
    }
}
