package org.snn4j.nativebuild;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The CPU model name and instruction-set flags of the first processor in a {@code /proc/cpuinfo}
 * text ({@code flags : fpu vme ... avx2 ...}).
 *
 * @param modelName the {@code model name} line, or {@code "unknown CPU"}
 * @param flags     the {@code flags} line's words; empty where the file has none
 */
public record CpuInfo(String modelName, Set<String> flags) {

    /** Validates the record. */
    public CpuInfo {
        modelName = modelName == null || modelName.isBlank() ? "unknown CPU" : modelName.trim();
        flags = Set.copyOf(flags);
    }

    /** This machine's, from {@code /proc/cpuinfo}; an unreadable file gives no flags (the generic build). */
    public static CpuInfo current() {
        try {
            return parse(Files.readAllLines(Path.of("/proc/cpuinfo")));
        } catch (IOException | SecurityException e) {
            return new CpuInfo(null, Set.of());
        }
    }

    /** Parses the lines of a {@code /proc/cpuinfo} text. */
    public static CpuInfo parse(List<String> lines) {
        String model = null;
        Set<String> flags = null;
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).trim();
            String value = line.substring(colon + 1).trim();
            if (model == null && key.equals("model name")) {
                model = value;
            } else if (flags == null && key.equals("flags")) {
                flags = Arrays.stream(value.split("\\s+")).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
            }
        }
        return new CpuInfo(model, flags == null ? Set.of() : flags);
    }

    /** The widest vector ISA, as a user reads it: {@code AVX-512}, {@code AVX2} or {@code SSE}. */
    public String isa() {
        if (NativeBuild.ONEDNN_AVX512.runsOn(flags)) {
            return "AVX-512";
        }
        return NativeBuild.ONEDNN_AVX2.runsOn(flags) ? "AVX2" : "SSE";
    }
}
