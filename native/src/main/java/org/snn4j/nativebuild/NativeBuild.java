package org.snn4j.nativebuild;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The native builds of nd4j-native 1.0.0-M2.1 for Linux x86-64, one per Maven classifier
 * {@code linux-x86_64<extension>}, with the CPU flags (as {@code /proc/cpuinfo} spells them) each
 * needs. libnd4j compiles its AVX2 builds with {@code -mavx2 -mfma} and its AVX-512 builds for
 * Skylake-X ({@code -march=skylake-avx512}: AVX-512 F, CD, BW, DQ, VL).
 */
public enum NativeBuild {
    /** Plain x86-64 (SSE2 and up), OpenBLAS; runs anywhere. */
    GENERIC("generic", "", Set.of()),
    /** AVX2 + FMA, without oneDNN. */
    AVX2("avx2", "-avx2", Set.of("avx2", "fma")),
    /** oneDNN on plain x86-64. */
    ONEDNN("onednn", "-onednn", Set.of()),
    /** oneDNN with AVX2 + FMA. */
    ONEDNN_AVX2("onednn-avx2", "-onednn-avx2", Set.of("avx2", "fma")),
    /** AVX-512 without oneDNN. */
    AVX512("avx512", "-avx512", Set.of("avx2", "fma", "avx512f", "avx512cd", "avx512bw", "avx512dq", "avx512vl")),
    /** oneDNN with AVX-512. */
    ONEDNN_AVX512("onednn-avx512", "-onednn-avx512",
            Set.of("avx2", "fma", "avx512f", "avx512cd", "avx512bw", "avx512dq", "avx512vl"));

    private static final Pattern BINDINGS_DIR = Pattern.compile("/bindings/linux-x86_64([a-z0-9-]*)/");

    private final String id;
    private final String extension;
    private final Set<String> requiredFlags;

    NativeBuild(String id, String extension, Set<String> requiredFlags) {
        this.id = id;
        this.extension = extension;
        this.requiredFlags = requiredFlags;
    }

    /** The name used by {@code SNN4J_NATIVE} and in messages ({@code "onednn-avx2"}). */
    public String id() {
        return id;
    }

    /** JavaCPP's platform extension ({@code ""} or {@code "-onednn-avx2"}). */
    public String extension() {
        return extension;
    }

    /** The nd4j-native Maven classifier ({@code linux-x86_64-onednn-avx2}). */
    public String classifier() {
        return "linux-x86_64" + extension;
    }

    /** The CPU flags the build's code uses. */
    public Set<String> requiredFlags() {
        return requiredFlags;
    }

    /** Whether a CPU with these {@code /proc/cpuinfo} flags can run the build. */
    public boolean runsOn(Set<String> cpuFlags) {
        return cpuFlags.containsAll(requiredFlags);
    }

    /** The flags the build needs that the CPU lacks, sorted. */
    public String missingFlags(Set<String> cpuFlags) {
        return requiredFlags.stream().filter(f -> !cpuFlags.contains(f)).sorted().collect(Collectors.joining(", "));
    }

    /** Whether this build's native library is on the class path of {@code loader}. */
    public boolean onClassPath(ClassLoader loader) {
        return loader.getResource("org/nd4j/linalg/cpu/nativecpu/bindings/" + classifier() + "/libjnind4jcpu.so") != null;
    }

    /**
     * The build named by {@code SNN4J_NATIVE}.
     *
     * @throws IllegalArgumentException listing the known names
     */
    public static NativeBuild byId(String id) {
        String key = id.trim().toLowerCase(java.util.Locale.ROOT);
        for (NativeBuild b : values()) {
            if (b.id.equals(key)) {
                return b;
            }
        }
        throw new IllegalArgumentException("SNN4J_NATIVE='" + id + "' is not one of " + ids());
    }

    /** The build whose JavaCPP extension is {@code extension}, if any. */
    public static Optional<NativeBuild> byExtension(String extension) {
        return Arrays.stream(values()).filter(b -> b.extension.equals(extension)).findFirst();
    }

    /** The build a loaded library's path belongs to ({@code .../bindings/linux-x86_64-onednn-avx2/libnd4jcpu.so}). */
    public static Optional<NativeBuild> ofLibraryPath(String path) {
        Matcher m = BINDINGS_DIR.matcher(path.replace('\\', '/'));
        return m.find() ? byExtension(m.group(1)) : Optional.empty();
    }

    /** Every build's id, comma-separated. */
    public static String ids() {
        return Arrays.stream(values()).map(NativeBuild::id).collect(Collectors.joining(", "));
    }
}
