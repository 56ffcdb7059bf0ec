package org.snn4j.autograd.checkpoint;

import org.nd4j.linalg.api.buffer.DataType;

/** The safetensors element types snn4j reads and writes, with their byte widths. */
enum SafeTensorsDtype {
    F32(4, DataType.FLOAT),
    F64(8, DataType.DOUBLE),
    I64(8, DataType.LONG);

    final int bytes;
    final DataType nd4j;

    SafeTensorsDtype(int bytes, DataType nd4j) {
        this.bytes = bytes;
        this.nd4j = nd4j;
    }

    /** The safetensors type of an ND4J type, or {@code null} when unsupported. */
    static SafeTensorsDtype of(DataType type) {
        for (SafeTensorsDtype d : values()) {
            if (d.nd4j == type) {
                return d;
            }
        }
        return null;
    }

    /** The type called {@code name} in a header, or {@code null}. */
    static SafeTensorsDtype parse(String name) {
        for (SafeTensorsDtype d : values()) {
            if (d.name().equals(name)) {
                return d;
            }
        }
        return null;
    }
}
