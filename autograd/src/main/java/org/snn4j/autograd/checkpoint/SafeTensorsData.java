package org.snn4j.autograd.checkpoint;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Conversion between arrays and little-endian row-major safetensors data. */
final class SafeTensorsData {
    private SafeTensorsData() {
    }

    /** The elements of {@code a} in row-major order as little-endian bytes. */
    static ByteBuffer encode(String name, INDArray a) {
        if (name.isEmpty() || name.equals(SafeTensorsHeader.METADATA)) {
            throw new IllegalArgumentException("tensor name '" + name + "' is empty or reserved");
        }
        SafeTensorsDtype dtype = SafeTensorsDtype.of(a.dataType());
        if (dtype == null) {
            throw new IllegalArgumentException("tensor '" + name + "': data type " + a.dataType()
                    + " is not supported (FLOAT, DOUBLE, LONG)");
        }
        int n = Math.toIntExact(a.length());
        ByteBuffer b = ByteBuffer.allocate(Math.multiplyExact(n, dtype.bytes)).order(ByteOrder.LITTLE_ENDIAN);
        if (n == 0) {
            return b;
        }
        INDArray c = a.dup('c');
        switch (dtype) {
            case F32 -> b.asFloatBuffer().put(c.data().asFloat(), 0, n);
            case F64 -> b.asDoubleBuffer().put(c.data().asDouble(), 0, n);
            case I64 -> b.asLongBuffer().put(c.data().asLong(), 0, n);
            default -> throw new IllegalStateException(dtype.name());
        }
        return b;
    }

    /** An array of {@code shape} from little-endian row-major {@code bytes}. */
    static INDArray decode(ByteBuffer bytes, SafeTensorsDtype dtype, long[] shape) {
        ByteBuffer b = bytes.order(ByteOrder.LITTLE_ENDIAN);
        int n = b.remaining() / dtype.bytes;
        if (n == 0) {
            return Nd4j.create(dtype.nd4j, shape);
        }
        INDArray flat = switch (dtype) {
            case F32 -> {
                float[] v = new float[n];
                b.asFloatBuffer().get(v);
                yield Nd4j.createFromArray(v);
            }
            case F64 -> {
                double[] v = new double[n];
                b.asDoubleBuffer().get(v);
                yield Nd4j.createFromArray(v);
            }
            case I64 -> {
                long[] v = new long[n];
                b.asLongBuffer().get(v);
                yield Nd4j.createFromArray(v);
            }
        };
        if (shape.length == 0) {
            return switch (dtype) {
                case F32 -> Nd4j.scalar(flat.getFloat(0));
                case F64 -> Nd4j.scalar(flat.getDouble(0));
                case I64 -> Nd4j.scalar(flat.getLong(0));
            };
        }
        return flat.reshape('c', shape);
    }
}
