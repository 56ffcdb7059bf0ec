package org.snn4j.autograd.backend;

import java.lang.ref.Reference;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.util.Arrays;
import java.util.Objects;
import org.bytedeco.javacpp.Pointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The one way hand-written kernels read and write the off-heap buffer of a FLOAT or DOUBLE
 * {@link INDArray}: a contiguous view with absolute bulk gets and puts (positions never move, so
 * blocks of one array may be read and written concurrently), widening or narrowing between
 * {@code float} and {@code double} in Java.
 *
 * <p>Why it exists: nd4j-native frees an array's memory when the small Java object that owns it is
 * collected, and an NIO view of the memory ({@code data().asNioFloat()}) does not keep that object
 * alive. Code that kept only the view crashed (SIGSEGV in an array copy into freed memory) once
 * collections became frequent (see {@link NativeMemoryPressure}). A view made here holds the owning
 * array and calls {@link Reference#reachabilityFence} on it after every access, so the array
 * outlives each access even when the caller's own reference is dead. No other class calls
 * {@code reachabilityFence}.
 *
 * <p>One nio buffer reaches at most 2³¹ − 1 bytes, fewer than the 2³¹ − 1 elements of an
 * {@code int}-indexed array (a DVS-gesture conv output of 671 M floats is 2.7 GB). A view therefore
 * holds one nio buffer per {@link #SEGMENT} elements, each made from the buffer's native address,
 * and splits a range that crosses segment boundaries into one bulk transfer per segment; an array
 * that fits one segment (every array below 512 MiB of floats) costs one nio call per access.
 */
public final class NativeArrays {
    /**
     * Elements per nio view: 2²⁷ (512 MiB of floats, 1 GiB of doubles). One nio buffer holds at most
     * 2³¹ − 1 bytes, so a FLOAT array of 2²⁹ or more elements (a DOUBLE one of 2²⁸) needs several.
     */
    static final int SEGMENT = 1 << 27;
    /** Conversions between float and double go through per-thread chunks of this many elements. */
    private static final int CHUNK = 1 << 14;
    private static final ThreadLocal<float[]> SCRATCH = ThreadLocal.withInitial(() -> new float[CHUNK]);
    private static final ThreadLocal<double[]> SCRATCH_DOUBLE = ThreadLocal.withInitial(() -> new double[CHUNK]);
    /** The transfers {@link #split} performs. */
    private static final int GET_FLOATS = 0;
    private static final int PUT_FLOATS = 1;
    private static final int GET_DOUBLES = 2;
    private static final int PUT_DOUBLES = 3;
    private static final int GET_BITS = 4;

    private final INDArray owner;
    private final int length;
    /** Elements per segment; segment {@code s} covers {@code [s·segment, min(length, (s+1)·segment))}. */
    private final int segment;
    /** Whether one segment covers the whole array (then only {@link #floats}/{@link #doubles} are used). */
    private final boolean single;
    /** The raw bytes of each segment. */
    private final ByteBuffer[] bytes;
    /** The first segment (the whole array when {@link #single}); null for the other type. */
    private final FloatBuffer floats;
    private final DoubleBuffer doubles;
    /** Every segment; null for the other type. */
    private final FloatBuffer[] floatSegments;
    private final DoubleBuffer[] doubleSegments;
    /** FLOAT arrays only, made on the first {@link #getBits}. */
    private volatile IntBuffer[] bits;

    private NativeArrays(INDArray owner, int segment) {
        this.owner = owner;
        this.length = (int) owner.length();
        this.segment = segment;
        this.bytes = segments(owner, length, segment);
        this.single = bytes.length == 1;
        boolean f = owner.dataType() == DataType.FLOAT;
        this.floatSegments = f ? new FloatBuffer[bytes.length] : null;
        this.doubleSegments = f ? null : new DoubleBuffer[bytes.length];
        for (int s = 0; s < bytes.length; s++) {
            if (f) {
                floatSegments[s] = bytes[s].asFloatBuffer();
            } else {
                doubleSegments[s] = bytes[s].asDoubleBuffer();
            }
        }
        this.floats = f ? floatSegments[0] : null;
        this.doubles = f ? null : doubleSegments[0];
    }

    /**
     * Native-order byte views over {@code a}'s buffer, {@code segment} elements each (the last one
     * shorter), made from the buffer's address: {@code data().asNio()} stops at 2³¹ − 1 bytes.
     */
    private static ByteBuffer[] segments(INDArray a, int length, int segment) {
        if (length == 0) {
            return new ByteBuffer[] {ByteBuffer.allocate(0).order(ByteOrder.nativeOrder())};
        }
        Pointer p = a.data().addressPointer();
        long base = p.position() * p.sizeof();
        long width = a.dataType().width();
        ByteBuffer[] out = new ByteBuffer[(int) ((length + (long) segment - 1) / segment)];
        for (int s = 0; s < out.length; s++) {
            long from = (long) s * segment;
            long to = Math.min(length, from + segment);
            out[s] = new At(p, base + from * width, (to - from) * width).asByteBuffer().order(ByteOrder.nativeOrder());
        }
        return out;
    }

    /**
     * {@code bytes} bytes at {@code offset} bytes past {@code p}'s address, as a pointer that starts
     * there: JavaCPP's {@code asByteBuffer} caps position + length at 2³¹ − 1 bytes, so a pointer
     * positioned into the array would not reach its end. Never owns (frees) memory.
     */
    private static final class At extends Pointer {
        At(Pointer p, long offset, long bytes) {
            super(p);
            address += offset;
            position = 0;
            limit = bytes;
            capacity = bytes;
        }

        @Override
        public int sizeof() {
            return 1;
        }
    }

    /**
     * A view over {@code a}'s buffer, which must be {@link #isContiguous contiguous}, FLOAT or DOUBLE
     * and at most 2³¹ − 1 elements long.
     */
    public static NativeArrays of(INDArray a) {
        return of(a, SEGMENT);
    }

    /** {@link #of(INDArray)} with nio views of {@code segment} elements (tests use tiny ones). */
    static NativeArrays of(INDArray a, int segment) {
        DataType t = a.dataType();
        if (t != DataType.FLOAT && t != DataType.DOUBLE) {
            throw new IllegalArgumentException("native view: needs a FLOAT or DOUBLE array, got " + t);
        }
        if (!isContiguous(a)) {
            throw new IllegalArgumentException("native view: needs a 'c'-contiguous array at offset 0, got shape "
                    + Arrays.toString(a.shape()) + " stride " + Arrays.toString(a.stride()) + " offset " + a.offset());
        }
        checkLength(a.length());
        if (segment <= 0 || segment > SEGMENT) {
            throw new IllegalArgumentException("native view: segment of " + segment + " elements, needs 1 to " + SEGMENT);
        }
        return new NativeArrays(a, segment);
    }

    /** A view over {@link #contiguous}{@code (a)}: {@code a} itself, or its 'c' copy. */
    public static NativeArrays ofCopyIfNeeded(INDArray a) {
        return of(contiguous(a));
    }

    /**
     * A view over a fresh 'c'-ordered array of {@code type} and {@code shape} (contents undefined: the
     * memory is not filled first, {@link UnfilledArrays}).
     */
    public static NativeArrays allocate(DataType type, long... shape) {
        return of(UnfilledArrays.create(type, shape));
    }

    /** The array this view reads and writes (and keeps alive). */
    public INDArray array() {
        return owner;
    }

    public DataType dataType() {
        return owner.dataType();
    }

    public int length() {
        return length;
    }

    /** {@code dst[off … off+len) = a[index … index+len)}, widened from FLOAT when needed. */
    public void get(int index, double[] dst, int off, int len) {
        if (doubles != null) {
            getDoubles(index, dst, off, len);
        } else {
            float[] s = SCRATCH.get();
            for (int at = 0; at < len; at += CHUNK) {
                int n = Math.min(CHUNK, len - at);
                getFloats(index + at, s, 0, n);
                for (int i = 0; i < n; i++) {
                    dst[off + at + i] = s[i];
                }
            }
        }
        Reference.reachabilityFence(owner);
    }

    /** {@code dst[off … off+len) = a[index … index+len)}, narrowed from DOUBLE when needed. */
    public void get(int index, float[] dst, int off, int len) {
        if (floats != null) {
            getFloats(index, dst, off, len);
        } else {
            double[] s = SCRATCH_DOUBLE.get();
            for (int at = 0; at < len; at += CHUNK) {
                int n = Math.min(CHUNK, len - at);
                getDoubles(index + at, s, 0, n);
                for (int i = 0; i < n; i++) {
                    dst[off + at + i] = (float) s[i];
                }
            }
        }
        Reference.reachabilityFence(owner);
    }

    /** The raw bits of FLOAT elements {@code [index, index+len)} into {@code dst[off …)} (−0.0f ≠ 0). */
    public void getBits(int index, int[] dst, int off, int len) {
        if (floats == null) {
            throw new IllegalStateException("native view: float bits of a " + owner.dataType() + " array");
        }
        IntBuffer[] b = bits;
        if (b == null) {
            b = new IntBuffer[bytes.length];
            for (int s = 0; s < b.length; s++) {
                b[s] = bytes[s].asIntBuffer();
            }
            bits = b;
        }
        if (single) {
            b[0].get(index, dst, off, len);
        } else {
            split(GET_BITS, index, dst, off, len);
        }
        Reference.reachabilityFence(owner);
    }

    /** {@code a[index … index+len) = src[off … off+len)}, narrowed to FLOAT when needed. */
    public void put(int index, double[] src, int off, int len) {
        if (doubles != null) {
            putDoubles(index, src, off, len);
        } else {
            float[] s = SCRATCH.get();
            for (int at = 0; at < len; at += CHUNK) {
                int n = Math.min(CHUNK, len - at);
                for (int i = 0; i < n; i++) {
                    s[i] = (float) src[off + at + i];
                }
                putFloats(index + at, s, 0, n);
            }
        }
        Reference.reachabilityFence(owner);
    }

    /** {@code a[index … index+len) = src[off … off+len)}, widened to DOUBLE when needed. */
    public void put(int index, float[] src, int off, int len) {
        if (floats != null) {
            putFloats(index, src, off, len);
        } else {
            double[] s = SCRATCH_DOUBLE.get();
            for (int at = 0; at < len; at += CHUNK) {
                int n = Math.min(CHUNK, len - at);
                for (int i = 0; i < n; i++) {
                    s[i] = src[off + at + i];
                }
                putDoubles(index + at, s, 0, n);
            }
        }
        Reference.reachabilityFence(owner);
    }

    // The transfers below are one nio call with one segment; otherwise split() cuts the range at segment boundaries.

    private void getFloats(int index, float[] dst, int off, int len) {
        if (single) {
            floats.get(index, dst, off, len);
        } else {
            split(GET_FLOATS, index, dst, off, len);
        }
    }

    private void putFloats(int index, float[] src, int off, int len) {
        if (single) {
            floats.put(index, src, off, len);
        } else {
            split(PUT_FLOATS, index, src, off, len);
        }
    }

    private void getDoubles(int index, double[] dst, int off, int len) {
        if (single) {
            doubles.get(index, dst, off, len);
        } else {
            split(GET_DOUBLES, index, dst, off, len);
        }
    }

    private void putDoubles(int index, double[] src, int off, int len) {
        if (single) {
            doubles.put(index, src, off, len);
        } else {
            split(PUT_DOUBLES, index, src, off, len);
        }
    }

    /** Transfer {@code op} of {@code a[index … index+len)} ↔ {@code array[off …)}, one nio call per segment touched. */
    private void split(int op, int index, Object array, int off, int len) {
        Objects.checkFromIndexSize(index, len, length);
        for (int done = 0; done < len; ) {
            int at = index + done;
            int s = at / segment;
            int i = at - s * segment;
            int n = Math.min(len - done, segment - i);
            switch (op) {
                case GET_FLOATS -> floatSegments[s].get(i, (float[]) array, off + done, n);
                case PUT_FLOATS -> floatSegments[s].put(i, (float[]) array, off + done, n);
                case GET_DOUBLES -> doubleSegments[s].get(i, (double[]) array, off + done, n);
                case PUT_DOUBLES -> doubleSegments[s].put(i, (double[]) array, off + done, n);
                default -> bits[s].get(i, (int[]) array, off + done, n);
            }
            done += n;
        }
    }

    /**
     * Every element of {@code a} (any numeric type, any layout) in row-major order into {@code out}
     * (returned; its length must be {@code a.length()}).
     */
    public static double[] read(INDArray a, double[] out) {
        if (out.length != a.length()) {
            throw new IllegalArgumentException("native read: array has " + a.length() + " elements, destination "
                    + out.length);
        }
        INDArray c = a.dataType() == DataType.FLOAT || a.dataType() == DataType.DOUBLE ? a : a.castTo(DataType.DOUBLE);
        ofCopyIfNeeded(c).get(0, out, 0, out.length);
        return out;
    }

    /** A new 'c'-ordered array of {@code type} (FLOAT or DOUBLE) and {@code shape} holding {@code values}. */
    public static INDArray create(double[] values, long[] shape, DataType type) {
        NativeArrays v = allocate(type, shape);
        v.put(0, values, 0, values.length);
        return v.array();
    }

    /** {@code a} itself when its buffer is row-major dense from offset 0, else a 'c' copy. */
    public static INDArray contiguous(INDArray a) {
        return isContiguous(a) ? a : a.dup('c');
    }

    /** Row-major dense from offset 0 over the whole array (the strides of size-1 dimensions do not matter). */
    public static boolean isContiguous(INDArray a) {
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

    private static void checkLength(long n) {
        if (n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("native view: array of " + n
                    + " elements exceeds the 2^31 − 1 elements a view can address");
        }
    }

    @Override
    public String toString() {
        return "NativeArrays" + Arrays.toString(owner.shape()) + " " + owner.dataType();
    }
}
