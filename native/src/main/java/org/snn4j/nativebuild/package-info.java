/**
 * Chooses the ND4J native build the CPU can run, before any native code loads.
 *
 * <p>nd4j-native ships one native library per instruction set ({@link org.snn4j.nativebuild.NativeBuild});
 * JavaCPP loads the first one it finds on the class path unless the system property
 * {@code org.bytedeco.javacpp.platform.extension} names one, and an AVX-512 build on a CPU without
 * AVX-512 dies with SIGILL. {@link org.snn4j.nativebuild.SelectingBackend} is registered as an ND4J
 * backend service, so ND4J's own backend discovery (the first thing {@code Nd4j} does) runs
 * {@link org.snn4j.nativebuild.NativeSelection#configure()} before the CPU backend loads its library,
 * whichever code touches ND4J first: the CLI, a bench main, any module's tests or a library user.
 */
package org.snn4j.nativebuild;
