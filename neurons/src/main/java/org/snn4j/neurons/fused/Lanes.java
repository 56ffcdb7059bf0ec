package org.snn4j.neurons.fused;

import java.lang.ref.Reference;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Block reads and writes of a flat float32 or float64 sequence as {@code double}s.
 *
 * <p>The fused kernels compute in {@code double} on small per-block scratch arrays and move data
 * through this class one contiguous run at a time, so the element type is resolved once per run
 * rather than once per element. Sources are an {@link INDArray}'s own off-heap buffer (no copy
 * for a 'c'-ordered array at offset 0) or a heap array that keeps what backward needs.
 *
 * <p>Off-heap lanes hold the array itself, not just its NIO view, and fence it after every access:
 * ND4J frees an array's memory when the Java object is collected, and a direct buffer does not keep
 * its owner alive (with bare views, once collections became frequent, a training run crashed in an
 * array copy into freed memory).
 */
abstract class Lanes {

    /** Copies {@code len} elements starting at flat {@code index} into {@code dst[0..len)}. */
    abstract void read(int index, double[] dst, int len);

    /** Writes {@code src[0..len)} to flat positions {@code index..index+len}. */
    abstract void write(int index, double[] src, int len);

    /** Float32 lanes only: copies {@code len} elements into {@code dst[0..len)} without conversion. */
    void readFloats(int index, float[] dst, int len) {
        throw new UnsupportedOperationException("internal: not float32 lanes");
    }

    /** Float32 lanes only: writes {@code src[0..len)} without conversion. */
    void writeFloats(int index, float[] src, int len) {
        throw new UnsupportedOperationException("internal: not float32 lanes");
    }

    /** Lanes over {@code a}'s buffer; {@code a} must be {@link #contiguous} and FLOAT or DOUBLE. */
    static Lanes over(INDArray a) {
        if (!isContiguous(a)) {
            throw new IllegalArgumentException("internal: lanes need a 'c'-contiguous array at offset 0");
        }
        if (a.length() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("sequence of " + a.length() + " elements exceeds 2^31 − 1");
        }
        return a.dataType() == DataType.FLOAT ? new NioFloat(a, a.data().asNioFloat()) : new NioDouble(a, a.data().asNioDouble());
    }

    /** Heap storage of {@code length} elements with the precision of {@code type}. */
    static Lanes heap(DataType type, long length) {
        if (length > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("sequence of " + length + " elements exceeds 2^31 − 1");
        }
        return type == DataType.FLOAT ? new HeapFloat(new float[(int) length]) : new HeapDouble(new double[(int) length]);
    }

    /** {@code a} itself when its buffer is row-major dense from offset 0, else a 'c' copy. */
    static INDArray contiguous(INDArray a) {
        return isContiguous(a) ? a : a.dup('c');
    }

    /** A fresh 'c'-ordered array of the given type and shape (contents undefined). */
    static INDArray allocate(DataType type, long[] shape) {
        return Nd4j.createUninitialized(type, shape, 'c');
    }

    /** Row-major dense from offset 0 (strides of size-1 dimensions do not matter). */
    private static boolean isContiguous(INDArray a) {
        if (a.offset() != 0 || a.data().length() < a.length()) {
            return false;
        }
        long[] shape = a.shape();
        long[] stride = a.stride();
        long expected = 1;
        for (int d = shape.length - 1; d >= 0; d--) {
            if (shape[d] != 1 && stride[d] != expected) {
                return false;
            }
            expected *= shape[d];
        }
        return true;
    }

    private static final class NioFloat extends Lanes {
        private static final ThreadLocal<float[]> SCRATCH = ThreadLocal.withInitial(() -> new float[SequenceLayout.BLOCK]);
        private final FloatBuffer buf;
        /** The array that owns {@code buf}'s memory: ND4J frees it once the array is collected. */
        private final INDArray owner;

        NioFloat(INDArray owner, FloatBuffer buf) {
            this.owner = owner;
            this.buf = buf;
        }

        private static float[] scratch(int len) {
            float[] s = SCRATCH.get();
            if (s.length < len) {
                s = new float[len];
                SCRATCH.set(s);
            }
            return s;
        }

        @Override
        void read(int index, double[] dst, int len) {
            float[] s = scratch(len);
            buf.get(index, s, 0, len);
            Reference.reachabilityFence(owner);
            for (int i = 0; i < len; i++) {
                dst[i] = s[i];
            }
        }

        @Override
        void write(int index, double[] src, int len) {
            float[] s = scratch(len);
            for (int i = 0; i < len; i++) {
                s[i] = (float) src[i];
            }
            buf.put(index, s, 0, len);
            Reference.reachabilityFence(owner);
        }

        @Override
        void readFloats(int index, float[] dst, int len) {
            buf.get(index, dst, 0, len);
            Reference.reachabilityFence(owner);
        }

        @Override
        void writeFloats(int index, float[] src, int len) {
            buf.put(index, src, 0, len);
            Reference.reachabilityFence(owner);
        }
    }

    private static final class NioDouble extends Lanes {
        private final DoubleBuffer buf;
        /** The array that owns {@code buf}'s memory: ND4J frees it once the array is collected. */
        private final INDArray owner;

        NioDouble(INDArray owner, DoubleBuffer buf) {
            this.owner = owner;
            this.buf = buf;
        }

        @Override
        void read(int index, double[] dst, int len) {
            buf.get(index, dst, 0, len);
            Reference.reachabilityFence(owner);
        }

        @Override
        void write(int index, double[] src, int len) {
            buf.put(index, src, 0, len);
            Reference.reachabilityFence(owner);
        }
    }

    private static final class HeapFloat extends Lanes {
        private final float[] data;

        HeapFloat(float[] data) {
            this.data = data;
        }

        @Override
        void read(int index, double[] dst, int len) {
            for (int i = 0; i < len; i++) {
                dst[i] = data[index + i];
            }
        }

        @Override
        void write(int index, double[] src, int len) {
            for (int i = 0; i < len; i++) {
                data[index + i] = (float) src[i];
            }
        }

        @Override
        void readFloats(int index, float[] dst, int len) {
            System.arraycopy(data, index, dst, 0, len);
        }

        @Override
        void writeFloats(int index, float[] src, int len) {
            System.arraycopy(src, 0, data, index, len);
        }
    }

    private static final class HeapDouble extends Lanes {
        private final double[] data;

        HeapDouble(double[] data) {
            this.data = data;
        }

        @Override
        void read(int index, double[] dst, int len) {
            System.arraycopy(data, index, dst, 0, len);
        }

        @Override
        void write(int index, double[] src, int len) {
            System.arraycopy(src, 0, data, index, len);
        }
    }
}
