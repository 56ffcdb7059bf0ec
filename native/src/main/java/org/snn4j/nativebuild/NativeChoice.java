package org.snn4j.nativebuild;

/**
 * The native build chosen for this JVM, why, and what went wrong with a request that could not be
 * honoured.
 *
 * @param build   the build JavaCPP is told to load
 * @param reason  why, e.g. {@code "AVX-512 CPU"} or {@code "forced by SNN4J_NATIVE"}
 * @param problem a one-line description of an ignored request (a bad {@code SNN4J_NATIVE}), or null
 */
public record NativeChoice(NativeBuild build, String reason, String problem) {

    /** Validates the record. */
    public NativeChoice {
        if (build == null || reason == null) {
            throw new IllegalArgumentException("build and reason are required");
        }
    }

    /** The start-up line, e.g. {@code snn4j: native build onednn-avx2 (AVX2 CPU)}. */
    public String line() {
        return "snn4j: native build " + build.id() + " (" + reason + ")";
    }
}
