package org.snn4j.nativebuild;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.bytedeco.javacpp.Loader;

/**
 * Chooses the nd4j-native build for this CPU and tells JavaCPP, once per JVM, before ND4J loads.
 *
 * <p>Order of precedence:
 * <ol>
 *   <li>an explicit {@code -Dorg.bytedeco.javacpp.platform.extension=...} naming a known build;</li>
 *   <li>{@code SNN4J_NATIVE} = one of {@link NativeBuild#ids()}, if the CPU has the flags it needs and
 *       its jar is on the class path (otherwise it is ignored with a one-line problem);</li>
 *   <li>automatic: {@code onednn-avx512} on AVX-512 (F, CD, BW, DQ, VL), {@code onednn-avx2} on
 *       AVX2 + FMA, else {@code generic}, each only if shipped.</li>
 * </ol>
 * {@link SelectingBackend} runs {@link #configure()} from inside ND4J's backend discovery, so no
 * caller has to remember it; calling it first (as the CLI does) only lets the caller see the choice.
 * Set {@code -Dsnn4j.native.quiet=true} to suppress the start-up line.
 */
public final class NativeSelection {
    /** JavaCPP's platform-extension property. */
    public static final String EXTENSION_PROPERTY = "org.bytedeco.javacpp.platform.extension";
    /** The environment variable that forces a build. */
    public static final String ENV = "SNN4J_NATIVE";
    /** Set to {@code true} to keep the start-up line off stderr. */
    public static final String QUIET_PROPERTY = "snn4j.native.quiet";
    private static final List<NativeBuild> AUTOMATIC =
            List.of(NativeBuild.ONEDNN_AVX512, NativeBuild.ONEDNN_AVX2, NativeBuild.GENERIC);
    private static NativeChoice chosen;

    private NativeSelection() {
    }

    /** Chooses once per JVM, sets JavaCPP's property and prints one line (and any problem) to stderr. */
    public static synchronized NativeChoice configure() {
        if (chosen == null) {
            chosen = decide(System.getProperty(EXTENSION_PROPERTY), System.getenv(ENV), CpuInfo.current(),
                    NativeSelection::shipped);
            System.setProperty(EXTENSION_PROPERTY, chosen.build().extension());
            if (!Boolean.getBoolean(QUIET_PROPERTY)) {
                System.err.println(chosen.line());
            }
            if (chosen.problem() != null) {
                System.err.println("snn4j: " + chosen.problem() + "; using " + chosen.build().id());
            }
        }
        return chosen;
    }

    /** The build this JVM should load, worked out afresh from the CPU and {@code SNN4J_NATIVE}. */
    public static NativeBuild expected() {
        return preview().build();
    }

    /**
     * What {@link #configure()} would choose, without setting or printing anything (the CLI refuses
     * a bad {@code SNN4J_NATIVE} with this before ND4J loads).
     */
    public static NativeChoice preview() {
        return decide(null, System.getenv(ENV), CpuInfo.current(), NativeSelection::shipped);
    }

    /**
     * The decision, as a pure function of its inputs.
     *
     * @param property the JavaCPP extension property as the user set it, or null
     * @param override {@code SNN4J_NATIVE}, or null
     * @param cpu      the CPU
     * @param shipped  whether a build's jar is on the class path
     */
    static NativeChoice decide(String property, String override, CpuInfo cpu, Predicate<NativeBuild> shipped) {
        NativeBuild auto = automatic(cpu, shipped);
        String autoReason = cpu.isa() + " CPU";
        if (property != null) {
            Optional<NativeBuild> set = NativeBuild.byExtension(property);
            if (set.isPresent()) {
                return new NativeChoice(set.get(), "set by -D" + EXTENSION_PROPERTY, null);
            }
            return new NativeChoice(auto, autoReason, "-D" + EXTENSION_PROPERTY + "=" + property
                    + " names no nd4j-native build");
        }
        if (override == null || override.isBlank()) {
            return new NativeChoice(auto, autoReason, null);
        }
        NativeBuild forced;
        try {
            forced = NativeBuild.byId(override);
        } catch (IllegalArgumentException e) {
            return new NativeChoice(auto, autoReason, e.getMessage());
        }
        if (!forced.runsOn(cpu.flags())) {
            return new NativeChoice(auto, autoReason, ENV + "=" + forced.id() + " needs CPU flags this CPU lacks ("
                    + forced.missingFlags(cpu.flags()) + ")");
        }
        if (!shipped.test(forced)) {
            return new NativeChoice(auto, autoReason, ENV + "=" + forced.id() + ": nd4j-native:" + forced.classifier()
                    + " is not on the class path");
        }
        return new NativeChoice(forced, "forced by " + ENV, null);
    }

    /** The fastest shipped build the CPU can run. */
    static NativeBuild automatic(CpuInfo cpu, Predicate<NativeBuild> shipped) {
        for (NativeBuild b : AUTOMATIC) {
            if (b.runsOn(cpu.flags()) && shipped.test(b)) {
                return b;
            }
        }
        return NativeBuild.GENERIC;
    }

    private static boolean shipped(NativeBuild b) {
        return b.onClassPath(NativeSelection.class.getClassLoader());
    }

    /** The path of the nd4j native library this JVM has loaded, if ND4J has loaded. */
    public static Optional<String> loadedLibraryPath() {
        return Loader.getLoadedLibraries().values().stream().filter(p -> p != null && p.contains("nd4jcpu"))
                .findFirst();
    }

    /** The build of the nd4j native library this JVM has loaded, if ND4J has loaded. */
    public static Optional<NativeBuild> loaded() {
        return loadedLibraryPath().flatMap(NativeBuild::ofLibraryPath);
    }

    /**
     * One line for {@code --version}: the loaded build, the CPU and its ISA, and the threads (loads ND4J).
     */
    public static String describe() {
        configure();
        org.nd4j.linalg.api.blas.Blas blas = org.nd4j.linalg.factory.Nd4j.factory().blas();
        CpuInfo cpu = CpuInfo.current();
        String build = loaded().map(NativeBuild::id).orElse("unknown");
        return "native build " + build + ", CPU " + cpu.modelName() + " (" + cpu.isa() + ", "
                + Runtime.getRuntime().availableProcessors() + " cores), BLAS " + blas.getBlasVendor() + " with "
                + blas.getMaxThreads() + " threads";
    }
}
