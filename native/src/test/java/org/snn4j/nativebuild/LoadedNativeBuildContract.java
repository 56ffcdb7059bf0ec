package org.snn4j.nativebuild;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The check every module's tests inherit (shipped in this module's test-jar): the module's test JVM,
 * whatever touched ND4J first, loaded the native build chosen for the CPU and {@code SNN4J_NATIVE},
 * never another (an AVX-512 build on an AVX2 CPU dies with SIGILL).
 */
public abstract class LoadedNativeBuildContract {
    @Test
    void loadsTheBuildChosenForThisCpu() {
        assertEquals(2.0f, Nd4j.scalar(1.0f).addi(1.0f).getFloat(0));
        assertEquals(NativeSelection.expected(), NativeSelection.loaded().orElseThrow(),
                NativeSelection.loadedLibraryPath().orElse("no nd4j library loaded"));
    }
}
