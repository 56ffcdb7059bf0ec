package org.snn4j.autograd.backend;

import java.lang.ref.Reference;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

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
 */
public final class NativeArrays {
    /** Conversions between float and double go through a per-thread chunk of this many floats. */
    private static final int CHUNK = 1 << 14;
    private static final ThreadLocal<float[]> SCRATCH = ThreadLocal.withInitial(() -> new float[CHUNK]);

    private final INDArray owner;
    private final FloatBuffer floats;
    private final DoubleBuffer doubles;
    /** FLOAT arrays only, made on the first {@link #getBits}. */
    private volatile IntBuffer bits;
    private final int length;

    private NativeArrays(INDArray owner) {
        this.owner = owner;
        boolean f = owner.dataType() == DataType.FLOAT;
        this.floats = f ? owner.data().asNioFloat() : null;
        this.doubles = f ? null : owner.data().asNioDouble();
        this.length = (int) owner.length();
    }

    /**
     * A view over {@code a}'s buffer, which must be {@link #isContiguous contiguous}, FLOAT or DOUBLE
     * and shorter than 2³¹ elements.
     */
    public static NativeArrays of(INDArray a) {
        DataType t = a.dataType();
        if (t != DataType.FLOAT && t != DataType.DOUBLE) {
            throw new IllegalArgumentException("native view: needs a FLOAT or DOUBLE array, got " + t);
        }
        if (!isContiguous(a)) {
            throw new IllegalArgumentException("native view: needs a 'c'-contiguous array at offset 0, got shape "
                    + Arrays.toString(a.shape()) + " stride " + Arrays.toString(a.stride()) + " offset " + a.offset());
        }
        checkLength(a.length());
        return new NativeArrays(a);
    }

    /** A view over {@link #contiguous}{@code (a)}: {@code a} itself, or its 'c' copy. */
    public static NativeArrays ofCopyIfNeeded(INDArray a) {
        return of(contiguous(a));
    }

    /** A view over a fresh 'c'-ordered array of {@code type} and {@code shape} (contents undefined). */
    public static NativeArrays allocate(DataType type, long... shape) {
        return of(Nd4j.createUninitialized(type, shape, 'c'));
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
            doubles.get(index, dst, off, len);
        } else {
            float[] s = SCRATCH.get();
            for (int at = 0; at < len; at += CHUNK) {
                int n = Math.min(CHUNK, len - at);
                floats.get(index + at, s, 0, n);
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
            floats.get(index, dst, off, len);
        } else {
            for (int i = 0; i < len; i++) {
                dst[off + i] = (float) doubles.get(index + i);
            }
        }
        Reference.reachabilityFence(owner);
    }

    /** The raw bits of FLOAT elements {@code [index, index+len)} into {@code dst[off …)} (−0.0f ≠ 0). */
    public void getBits(int index, int[] dst, int off, int len) {
        if (floats == null) {
            throw new IllegalStateException("native view: float bits of a " + owner.dataType() + " array");
        }
        IntBuffer b = bits;
        if (b == null) {
            b = owner.data().asNio().order(ByteOrder.nativeOrder()).asIntBuffer();
            bits = b;
        }
        b.get(index, dst, off, len);
        Reference.reachabilityFence(owner);
    }

    /** {@code a[index … index+len) = src[off … off+len)}, narrowed to FLOAT when needed. */
    public void put(int index, double[] src, int off, int len) {
        if (doubles != null) {
            doubles.put(index, src, off, len);
        } else {
            float[] s = SCRATCH.get();
            for (int at = 0; at < len; at += CHUNK) {
                int n = Math.min(CHUNK, len - at);
                for (int i = 0; i < n; i++) {
                    s[i] = (float) src[off + at + i];
                }
                floats.put(index + at, s, 0, n);
            }
        }
        Reference.reachabilityFence(owner);
    }

    /** {@code a[index … index+len) = src[off … off+len)}, widened to DOUBLE when needed. */
    public void put(int index, float[] src, int off, int len) {
        if (floats != null) {
            floats.put(index, src, off, len);
        } else {
            for (int i = 0; i < len; i++) {
                doubles.put(index + i, src[off + i]);
            }
        }
        Reference.reachabilityFence(owner);
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
            throw new IllegalArgumentException("native view: array of " + n + " elements exceeds 2^31 − 1");
        }
    }

    @Override
    public String toString() {
        return "NativeArrays" + Arrays.toString(owner.shape()) + " " + owner.dataType();
    }
}
