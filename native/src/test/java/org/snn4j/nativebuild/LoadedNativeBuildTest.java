package org.snn4j.nativebuild;

/** ND4J, loaded without any snn4j call first, loads the build chosen for this CPU. */
class LoadedNativeBuildTest extends LoadedNativeBuildContract {
}
