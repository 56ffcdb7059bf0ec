package org.snn4j.autograd.backend;

import java.lang.ref.Cleaner;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.javacpp.indexer.DoubleIndexer;
import org.bytedeco.javacpp.indexer.FloatIndexer;
import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * New 'c'-ordered FLOAT or DOUBLE arrays whose memory is not written before the caller writes it:
 * {@code malloc} through JavaCPP, wrapped as an ND4J buffer that ND4J does not own, and freed by a
 * {@link Cleaner} once the buffer object is unreachable (the moment nd4j-native would free its own),
 * or earlier when a reverse pass that allocated it has consumed it ({@link BackwardBuffers}).
 *
 * <p>Why: {@code Nd4j.createUninitialized} fills every new buffer (libnd4j zeroes it), one full write
 * pass that a kernel writing every element itself does not need. Measured on a 10 MB array (the
 * LIF-MLP's fused-neuron output, {@code [25, 128, 800]} floats), in one JVM, steady state, 2026-12-06,
 * AMD EPYC with AVX-512: 0.50 ms per allocation through ND4J against 0.01 ms here; allocate and
 * write every element once: 1.3 against 0.7–0.9 ms. The allocations reuse freed memory without page
 * faults only when glibc keeps it ({@code GLIBC_TUNABLES} of the launcher, {@code snn4j-jvm.sh}).
 *
 * <p>The memory is {@value #ALIGN}-byte aligned (AVX-512 lines, what ND4J's own allocations give), so
 * native kernels that read these arrays see the same alignment. Arrays of another type, and empty
 * ones, come from {@code Nd4j.createUninitialized}.
 */
public final class UnfilledArrays {
    /** Alignment of the first element, in bytes. */
    static final int ALIGN = 64;
    private static final Cleaner CLEANER = Cleaner.create();

    private UnfilledArrays() {
    }

    /** A new array of {@code type} and {@code shape} with undefined contents. */
    public static INDArray create(DataType type, long... shape) {
        long n = 1;
        for (long s : shape) {
            n = Math.multiplyExact(n, s);
        }
        if (n == 0 || (type != DataType.FLOAT && type != DataType.DOUBLE)) {
            return Nd4j.createUninitialized(type, shape, 'c');
        }
        int width = type == DataType.FLOAT ? Float.BYTES : Double.BYTES;
        Pointer raw = Pointer.malloc(Math.addExact(Math.multiplyExact(n, width), ALIGN));
        if (raw == null || raw.isNull()) {
            throw new OutOfMemoryError("native allocation of " + n * width + " bytes failed");
        }
        long skip = (ALIGN - raw.address() % ALIGN) % ALIGN / width;
        DataBuffer buffer;
        if (type == DataType.FLOAT) {
            FloatPointer p = new FloatPointer(raw).getPointer(skip);
            p.capacity(n).limit(n);
            buffer = Nd4j.createBuffer(p, type, n, FloatIndexer.create(p));
        } else {
            DoublePointer p = new DoublePointer(raw).getPointer(skip);
            p.capacity(n).limit(n);
            buffer = Nd4j.createBuffer(p, type, n, DoubleIndexer.create(p));
        }
        BackwardBuffers.born(buffer, CLEANER.register(buffer, new Free(raw)), n * width);
        return Nd4j.create(buffer, shape, Nd4j.getStrides(shape, 'c'), 0, 'c', type);
    }

    /** Frees the malloc'd block; holds only the raw pointer, never the buffer it backs. */
    private static final class Free implements Runnable {
        private final Pointer raw;

        Free(Pointer raw) {
            this.raw = raw;
        }

        @Override
        public void run() {
            Pointer.free(raw);
        }
    }
}
