package org.snn4j.autograd.checkpoint;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A checkpoint file that cannot be read as expected: truncated, malformed, of an unsupported
 * version, or not matching the model or optimiser it is loaded into. The message is one line
 * that starts with the file and names the field or byte offset at fault.
 */
public class CheckpointFormatException extends IOException {

    public CheckpointFormatException(Path file, String problem) {
        super(file + ": " + problem);
    }

    public CheckpointFormatException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }
}
