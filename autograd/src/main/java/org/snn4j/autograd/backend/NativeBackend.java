package org.snn4j.autograd.backend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Chooses ND4J's native build and threading before ND4J loads.
 *
 * <p>ND4J 1.0.0-M2.1 ships a generic x86-64 native library and an AVX-512 one built with oneDNN
 * ({@code nd4j-native:linux-x86_64-onednn-avx512}); oneDNN's convolutions are about ten times
 * faster than libnd4j's own im2col path (measured: conv2d [64,32,14,14]×[64,32,3,3] forward+backward
 * 30–60 ms vs 360–830 ms). JavaCPP picks the build from the system property
 * {@code org.bytedeco.javacpp.platform.extension}; an AVX-512 build on a CPU without AVX-512
 * crashes with an illegal instruction, so the choice is made from {@code /proc/cpuinfo}:
 * AVX-512 (F, BW, DQ, VL) selects {@code -onednn-avx512}, anything else the generic build. An explicit
 * property (or {@code SNN4J_NATIVE=generic|avx512}) wins. {@link #configure()} must run before the
 * first {@code Nd4j} call; the CLI does it first thing and tests do it through a JUnit
 * launcher-session listener.
 *
 * <p>Threads: OpenMP and OpenBLAS use {@code OMP_NUM_THREADS} when set, else every core.
 */
public final class NativeBackend {
    /** JavaCPP's platform-extension property. */
    public static final String EXTENSION_PROPERTY = "org.bytedeco.javacpp.platform.extension";
    /** The extension of the AVX-512 oneDNN build. */
    public static final String AVX512 = "-onednn-avx512";
    private static final String[] AVX512_FLAGS = {"avx512f", "avx512bw", "avx512dq", "avx512vl"};
    private static volatile boolean configured;

    private NativeBackend() {
    }

    /** Selects the native build once per JVM; later calls do nothing. Returns the extension used. */
    public static synchronized String configure() {
        if (!configured) {
            configured = true;
            if (System.getProperty(EXTENSION_PROPERTY) == null) {
                System.setProperty(EXTENSION_PROPERTY, chooseExtension(System.getenv("SNN4J_NATIVE"), cpuFlags()));
            }
        }
        return System.getProperty(EXTENSION_PROPERTY);
    }

    /**
     * The extension for a CPU with the given {@code /proc/cpuinfo} flags line, honouring an
     * override ({@code generic} or {@code avx512}).
     */
    static String chooseExtension(String override, String flags) {
        if (override != null && !override.isBlank()) {
            switch (override.trim().toLowerCase(Locale.ROOT)) {
                case "generic":
                    return "";
                case "avx512":
                    return AVX512;
                default:
                    throw new IllegalArgumentException("SNN4J_NATIVE must be 'generic' or 'avx512', got '" + override + "'");
            }
        }
        for (String f : AVX512_FLAGS) {
            if (!(" " + flags + " ").contains(" " + f + " ")) {
                return "";
            }
        }
        return AVX512;
    }

    /** The flags line of the first CPU in {@code /proc/cpuinfo}, or "" where there is none. */
    static String cpuFlags() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("flags")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException | SecurityException e) {
            return "";
        }
        return "";
    }

    /** A one-line description of the loaded backend (forces ND4J to load). */
    public static String describe() {
        configure();
        org.nd4j.linalg.api.blas.Blas blas = org.nd4j.linalg.factory.Nd4j.factory().blas();
        String ext = System.getProperty(EXTENSION_PROPERTY);
        return "nd4j-native " + (ext.isEmpty() ? "generic x86-64" : ext.substring(1)) + ", BLAS vendor "
                + blas.getBlasVendor() + ", BLAS threads " + blas.getMaxThreads();
    }
}
