/**
 * The native side of ND4J as the engine sees it: when the off-heap buffers of dead arrays are
 * released ({@link org.snn4j.autograd.backend.NativeMemoryPressure}). Which native build loads is
 * chosen by the {@code snn4j-native} module ({@code org.snn4j.nativebuild}).
 */
package org.snn4j.autograd.backend;
