package org.snn4j.autograd.checkpoint;

import java.nio.file.Path;
import java.util.SplittableRandom;
import org.snn4j.autograd.nn.LayerSpec;
import org.snn4j.autograd.nn.Module;

/**
 * The size check {@link Checkpoint#loadModel} makes before it builds a model from
 * {@code model.json}: the elements the spec declares ({@link LayerSpec#allocatedElements()}) must
 * not exceed the cap, nor the number of values {@code weights.safetensors} holds (strict loading
 * needs every one of them, and the weights file's own size was checked against its length).
 *
 * <p>The cap is the system property {@value #PROPERTY} (default {@value #DEFAULT_CAP} elements,
 * 800 MB of float32), set on the command line with {@code SNN4J_JAVA_OPTS=-Dsnn4j.maxParameters=N}.
 * Layers whose spec does not declare a size are still built, and an allocation failure while
 * building is reported as a one-line error naming {@code model.json}.
 */
final class ModelSizeLimit {
    static final String PROPERTY = "snn4j.maxParameters";
    static final long DEFAULT_CAP = 200_000_000L;

    private ModelSizeLimit() {
    }

    /** The configured cap on parameter and buffer elements. */
    static long cap() {
        String v = System.getProperty(PROPERTY);
        if (v == null || v.isBlank()) {
            return DEFAULT_CAP;
        }
        try {
            long n = Long.parseLong(v.trim().replace("_", ""));
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("-D" + PROPERTY + " must be a positive whole number, got '" + v + "'");
    }

    /** Checks the declared size of {@code spec} against the cap and the weights file. */
    static void check(Path modelFile, LayerSpec spec, Path weightsFile, long weightValues) throws CheckpointFormatException {
        long declared = spec.allocatedElements();
        long cap = cap();
        if (declared > cap) {
            throw new CheckpointFormatException(modelFile, "field 'model' declares " + declared + " parameter values, more "
                    + "than the limit of " + cap + "; if the model is really this large, raise it with "
                    + "SNN4J_JAVA_OPTS=-D" + PROPERTY + "=" + declared);
        }
        if (declared > weightValues) {
            throw new CheckpointFormatException(modelFile, "field 'model' declares " + declared + " parameter values but "
                    + weightsFile.getFileName() + " holds only " + weightValues + "; the two files do not belong together");
        }
    }

    /** Builds {@code spec}; an allocation failure becomes a one-line error naming {@code modelFile}. */
    static Module build(Path modelFile, LayerSpec spec) throws CheckpointFormatException {
        try {
            return spec.build(new SplittableRandom(0));
        } catch (OutOfMemoryError e) {
            throw new CheckpointFormatException(modelFile, "the model it declares does not fit in memory (" + e.getMessage()
                    + "); raise SNN4J_JAVA_OPTS=-Xmx... or check the layer sizes", e);
        } catch (RuntimeException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("alloc") || m.contains("Alloc")) {
                throw new CheckpointFormatException(modelFile, "the model it declares does not fit in memory ("
                        + m.replace('\n', ' ') + "); check the layer sizes", e);
            }
            throw e;
        }
    }
}
