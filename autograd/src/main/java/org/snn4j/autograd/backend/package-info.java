/**
 * The native side of ND4J as the engine sees it, and the heap arrays kernels reuse: the one access
 * to an array's off-heap buffer ({@link org.snn4j.autograd.backend.NativeArrays}); new arrays whose
 * memory is not zero-filled first, for outputs a kernel writes in full
 * ({@link org.snn4j.autograd.backend.UnfilledArrays}); when the buffers
 * of dead arrays are released ({@link org.snn4j.autograd.backend.NativeMemoryPressure}, which makes
 * young collections run through {@link org.snn4j.autograd.backend.YoungCollection} and full ones
 * at its budget; {@code INDArray.close()} leaks in ND4J 1.0.0-M2.1, so the only buffers freed
 * earlier are the {@link org.snn4j.autograd.backend.UnfilledArrays} a reverse pass allocated and
 * consumed, {@link org.snn4j.autograd.backend.BackwardBuffers}); and the two pools of heap work arrays, the per-thread stack of block arrays
 * ({@link org.snn4j.autograd.backend.BlockScratch}) and the arrays kept across a call or until a
 * rule's release ({@link org.snn4j.autograd.backend.ArrayPool}, handed to a parallel call's tasks
 * through {@link org.snn4j.autograd.backend.TaskArrays}); how the kernels' parallel loops run
 * ({@link org.snn4j.autograd.backend.ParallelTasks}, self-scheduled tasks); and where a heap {@code float[]}
 * starts a 64-byte cache line ({@link org.snn4j.autograd.backend.CacheLines}), so the event
 * kernels' copies are line-aligned. Which native build loads is
 * chosen by the {@code snn4j-native} module ({@code org.snn4j.nativebuild}).
 */
package org.snn4j.autograd.backend;
