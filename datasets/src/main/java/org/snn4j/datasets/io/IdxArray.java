package org.snn4j.datasets.io;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * An immutable n-dimensional array read from an IDX file: element type, dimensions and the raw
 * big-endian data in row-major (C) order. MNIST images are {@code UBYTE [N, 28, 28]} (0 =
 * background, 255 = ink, first row at the top), MNIST labels {@code UBYTE [N]}.
 */
public final class IdxArray {
    private final IdxType type;
    private final int[] dims;
    private final byte[] data;

    /**
     * Takes ownership of {@code data}.
     *
     * @throws IllegalArgumentException if {@code data} does not hold exactly prod(dims) elements
     */
    public IdxArray(IdxType type, int[] dims, byte[] data) {
        long n = type.bytes();
        for (int d : dims) {
            if (d < 0) {
                throw new IllegalArgumentException("dimension must be >= 0, got " + Arrays.toString(dims));
            }
            n *= d;
        }
        if (n != data.length) {
            throw new IllegalArgumentException("dims " + Arrays.toString(dims) + " of " + type + " need " + n
                    + " bytes, got " + data.length);
        }
        this.type = type;
        this.dims = dims.clone();
        this.data = data;
    }

    public IdxType type() {
        return type;
    }

    /** Copy of the dimension sizes. */
    public int[] dims() {
        return dims.clone();
    }

    public int rank() {
        return dims.length;
    }

    public int dim(int axis) {
        return dims[axis];
    }

    /** Number of elements (product of the dimensions). */
    public int elementCount() {
        return data.length / type.bytes();
    }

    /** Element {@code index} (row-major) as a double, for any element type. */
    public double getDouble(int index) {
        int o = index * type.bytes();
        return switch (type) {
            case UBYTE -> data[o] & 0xFF;
            case SBYTE -> data[o];
            case INT16 -> (short) ((data[o] & 0xFF) << 8 | (data[o + 1] & 0xFF));
            case INT32 -> beInt(o);
            case FLOAT32 -> Float.intBitsToFloat(beInt(o));
            case FLOAT64 -> Double.longBitsToDouble((long) beInt(o) << 32 | (beInt(o + 4) & 0xFFFFFFFFL));
        };
    }

    /** Copy of the raw data; for {@code UBYTE} these are the unsigned values (0..255 as bytes). */
    public byte[] rawBytes() {
        return data.clone();
    }

    /** Unsigned byte element {@code index}; only for {@link IdxType#UBYTE}. */
    public int getUnsignedByte(int index) {
        requireType(IdxType.UBYTE);
        return data[index] & 0xFF;
    }

    /** All elements times {@code scale} as float32, row-major (e.g. scale 1/255 for pixels). */
    public float[] toFloatArray(float scale) {
        float[] out = new float[elementCount()];
        if (type == IdxType.UBYTE) {
            for (int i = 0; i < out.length; i++) {
                out[i] = (data[i] & 0xFF) * scale;
            }
        } else {
            for (int i = 0; i < out.length; i++) {
                out[i] = (float) (getDouble(i) * scale);
            }
        }
        return out;
    }

    /** All elements as ints (integer types only), e.g. labels. */
    public int[] toIntArray() {
        if (type == IdxType.FLOAT32 || type == IdxType.FLOAT64) {
            throw new IllegalStateException("toIntArray needs an integer IDX type, this array is " + type);
        }
        int[] out = new int[elementCount()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (int) getDouble(i);
        }
        return out;
    }

    /** A float32 INDArray with shape {@link #dims()} holding {@code element * scale}. */
    public INDArray toINDArray(float scale) {
        long[] shape = Arrays.stream(dims).asLongStream().toArray();
        return Nd4j.create(toFloatArray(scale), shape, 'c');
    }

    private void requireType(IdxType expected) {
        if (type != expected) {
            throw new IllegalStateException("this IDX array is " + type + ", not " + expected);
        }
    }

    private int beInt(int o) {
        return (data[o] & 0xFF) << 24 | (data[o + 1] & 0xFF) << 16 | (data[o + 2] & 0xFF) << 8 | (data[o + 3] & 0xFF);
    }

    @Override
    public String toString() {
        return "IdxArray[" + type + " " + Arrays.toString(dims) + "]";
    }
}
