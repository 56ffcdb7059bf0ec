package org.snn4j.experiment;

import org.snn4j.nativebuild.LoadedNativeBuildContract;

/** This module's test JVM loads the native build chosen for the CPU, never another. */
class LoadedNativeBuildTest extends LoadedNativeBuildContract {
}
