package org.snn4j.examples.cli;

import org.snn4j.nativebuild.NativeSelection;
import picocli.CommandLine;

/**
 * {@code snn4j --version}: the snn4j version, then the loaded native build, the CPU with its
 * vector ISA, and the threads.
 */
public final class VersionProvider implements CommandLine.IVersionProvider {
    /** The project version. */
    public static final String VERSION = "0.1.0-SNAPSHOT";

    @Override
    public String[] getVersion() {
        return new String[] {"snn4j " + VERSION, NativeSelection.describe()};
    }
}
