package org.snn4j.nativebuild;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The choice against recorded {@code /proc/cpuinfo} texts of real CPUs. */
class NativeSelectionTest {
    private static final Set<NativeBuild> SHIPPED =
            EnumSet.of(NativeBuild.GENERIC, NativeBuild.ONEDNN_AVX2, NativeBuild.ONEDNN_AVX512);
    private static final Predicate<NativeBuild> SHIPPED_ONLY = SHIPPED::contains;

    static CpuInfo recorded(String file) throws IOException {
        try (InputStream in = NativeSelectionTest.class.getResourceAsStream("/cpuinfo/" + file)) {
            assertNotNull(in, file);
            return CpuInfo.parse(Arrays.asList(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")));
        }
    }

    @ParameterizedTest
    @CsvSource({
        "zen3-epyc-7763.txt, onednn-avx2, AVX2",
        "zen5-epyc.txt, onednn-avx512, AVX-512",
        "skylake-x-xeon-gold-6140.txt, onednn-avx512, AVX-512",
        "sandy-bridge-i7-2600.txt, generic, SSE",
        // AVX-512 F/CD but no BW/DQ/VL: the Skylake-X build would die with SIGILL
        "knights-landing-xeon-phi-7210.txt, onednn-avx2, AVX2"})
    void automaticChoiceFollowsTheFlags(String file, String build, String isa) throws IOException {
        CpuInfo cpu = recorded(file);
        NativeChoice c = NativeSelection.decide(null, null, cpu, SHIPPED_ONLY);
        assertEquals(build, c.build().id());
        assertEquals(isa, cpu.isa());
        assertNull(c.problem());
        assertEquals("snn4j: native build " + build + " (" + isa + " CPU)", c.line());
    }

    @Test
    void overrideForcesAnyShippedBuildTheCpuCanRun() throws IOException {
        CpuInfo zen5 = recorded("zen5-epyc.txt");
        for (NativeBuild b : SHIPPED) {
            NativeChoice c = NativeSelection.decide(null, b.id(), zen5, SHIPPED_ONLY);
            assertEquals(b, c.build());
            assertEquals("forced by SNN4J_NATIVE", c.reason());
        }
        assertEquals(NativeBuild.GENERIC, NativeSelection.decide(null, " Generic ", zen5, SHIPPED_ONLY).build());
    }

    @Test
    void anOverrideTheCpuCannotRunIsIgnoredWithAProblemInsteadOfSigill() throws IOException {
        NativeChoice c = NativeSelection.decide(null, "onednn-avx512", recorded("zen3-epyc-7763.txt"), SHIPPED_ONLY);
        assertEquals(NativeBuild.ONEDNN_AVX2, c.build());
        assertEquals("SNN4J_NATIVE=onednn-avx512 needs CPU flags this CPU lacks (avx512bw, avx512cd, avx512dq, "
                + "avx512f, avx512vl)", c.problem());
    }

    @Test
    void unknownOrUnshippedOverridesAreReported() throws IOException {
        CpuInfo zen5 = recorded("zen5-epyc.txt");
        NativeChoice unknown = NativeSelection.decide(null, "sse9", zen5, SHIPPED_ONLY);
        assertEquals(NativeBuild.ONEDNN_AVX512, unknown.build());
        assertEquals("SNN4J_NATIVE='sse9' is not one of generic, avx2, onednn, onednn-avx2, avx512, onednn-avx512",
                unknown.problem());
        NativeChoice missing = NativeSelection.decide(null, "avx2", zen5, SHIPPED_ONLY);
        assertEquals(NativeBuild.ONEDNN_AVX512, missing.build());
        assertTrue(missing.problem().contains("nd4j-native:linux-x86_64-avx2 is not on the class path"), missing.problem());
    }

    @Test
    void anExplicitJavacppPropertyWins() throws IOException {
        NativeChoice c = NativeSelection.decide("-onednn-avx2", "generic", recorded("zen5-epyc.txt"), SHIPPED_ONLY);
        assertEquals(NativeBuild.ONEDNN_AVX2, c.build());
        NativeChoice bad = NativeSelection.decide("-sse", null, recorded("zen5-epyc.txt"), SHIPPED_ONLY);
        assertEquals(NativeBuild.ONEDNN_AVX512, bad.build());
        assertNotNull(bad.problem());
    }

    @Test
    void withoutTheFasterJarsTheGenericBuildIsUsed() throws IOException {
        NativeChoice c = NativeSelection.decide(null, null, recorded("zen5-epyc.txt"), b -> b == NativeBuild.GENERIC);
        assertEquals(NativeBuild.GENERIC, c.build());
    }

    @Test
    void aLibraryPathNamesItsBuild() {
        String cache = "/root/.javacpp/cache/nd4j-native-1.0.0-M2.1-linux-x86_64-onednn-avx2.jar/org/nd4j/linalg/"
                + "cpu/nativecpu/bindings/";
        assertEquals(NativeBuild.ONEDNN_AVX2, NativeBuild.ofLibraryPath(cache + "linux-x86_64-onednn-avx2/libnd4jcpu.so")
                .orElseThrow());
        assertEquals(NativeBuild.GENERIC, NativeBuild.ofLibraryPath(cache + "linux-x86_64/libjnind4jcpu.so").orElseThrow());
        assertTrue(NativeBuild.ofLibraryPath("/usr/lib/libfoo.so").isEmpty());
    }

    @Test
    void theShippedJarsAreOnTheClassPath() {
        for (NativeBuild b : SHIPPED) {
            assertTrue(b.onClassPath(getClass().getClassLoader()), b.classifier());
        }
    }
}
