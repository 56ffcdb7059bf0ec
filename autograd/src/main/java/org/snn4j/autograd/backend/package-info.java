/**
 * The native side of ND4J: which build is loaded (oneDNN AVX-512 or generic) and its threading
 * ({@link org.snn4j.autograd.backend.NativeBackend}), and when the off-heap buffers of dead arrays are
 * released ({@link org.snn4j.autograd.backend.NativeMemoryPressure}).
 */
package org.snn4j.autograd.backend;
