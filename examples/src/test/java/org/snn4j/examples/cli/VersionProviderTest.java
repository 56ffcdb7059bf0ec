package org.snn4j.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.snn4j.nativebuild.CpuInfo;
import org.snn4j.nativebuild.NativeSelection;

class VersionProviderTest {
    @Test
    void versionNamesTheLoadedBuildTheCpuAndItsIsa() {
        String[] lines = new VersionProvider().getVersion();
        assertEquals("snn4j " + VersionProvider.VERSION, lines[0]);
        assertTrue(lines[1].startsWith("native build " + NativeSelection.expected().id() + ", CPU "), lines[1]);
        assertTrue(lines[1].contains("(" + CpuInfo.current().isa() + ", "), lines[1]);
    }
}
