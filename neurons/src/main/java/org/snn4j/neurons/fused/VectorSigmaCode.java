package org.snn4j.neurons.fused;

import java.nio.ByteOrder;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link SigmaCode}'s row loops on the JDK vector API, loaded only when {@link FloatLanes#VECTOR};
 * bit for bit the scalar ones, whose loops also run the tails. Only 32-bit lanes of the preferred
 * shape and operations JDK 17 compiles to vector instructions: float multiply, add and subtract;
 * int and, or, shifts, compare and blend. Float bits become int bits and back through a small
 * byte buffer the caller owns (a vector stored as bytes and loaded back; a fused node keeps one
 * per block, so no per-call thread-local lookup, which took about 1 % of the conv step's samples),
 * not {@code convert} (a Java
 * fallback in JDK 17 that allocates arrays per vector) nor {@code reinterpretAsInts} (which made C2
 * give up its intrinsics in {@code autograd}'s {@code VectorScan}, docs/PERFORMANCE.md, session 12).
 * Every operation takes vectors, never an int: the int overloads share methods of the JDK's
 * {@code IntVector} with {@code VectorScan}, and using them here can make C2 stop compiling those
 * there (session 13). No helper method takes or returns a vector: where C2 does not inline such a
 * call (a row of a few vectors makes its call site look cold), the vector crosses it as an object,
 * and with rows of 64 values encoding and decoding ran at 15-20 instead of 0.2 ns per value
 * (session 14).
 */
final class VectorSigmaCode {
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Integer> I = IntVector.SPECIES_PREFERRED;
    private static final int L = F.length();
    /** The size of the crossing buffer ({@link SigmaCode#crossing()}): one vector's bytes. */
    static final int BYTES = L * Float.BYTES;
    private static final ByteOrder ORDER = ByteOrder.nativeOrder();
    private static final FloatVector MAGIC = FloatVector.broadcast(F, SigmaCode.MAGIC);
    private static final IntVector MAGIC_BITS = IntVector.broadcast(I, SigmaCode.MAGIC_BITS);
    private static final IntVector NAN_BITS = IntVector.broadcast(I, Float.floatToRawIntBits(Float.NaN));
    private static final IntVector TOP = IntVector.broadcast(I, SigmaCode.TOP);
    private static final IntVector ZERO = IntVector.broadcast(I, 0);
    private static final IntVector LOW = IntVector.broadcast(I, 0xffff);
    private static final IntVector HIGH = IntVector.broadcast(I, 0xffff0000);
    private static final IntVector SIXTEEN = IntVector.broadcast(I, 16);

    private VectorSigmaCode() {
    }

    /** {@link SigmaCode#encode(float[], int[], int, int)}: per lane {@link SigmaCode#code}, two rows packed. */
    static void encode(SigmaCode c, float[] src, int[] dst, int at, int len, byte[] crossing) {
        int w = SigmaCode.words(len);
        int high = len - w;
        FloatVector scale = FloatVector.broadcast(F, c.scale());
        int j = 0;
        for (int end = F.loopBound(high); j < end; j += L) {
            FloatVector.fromArray(F, src, j).mul(scale).add(MAGIC).intoByteArray(crossing, 0, ORDER);
            IntVector lo = IntVector.fromByteArray(I, crossing, 0, ORDER).sub(MAGIC_BITS);
            lo = lo.blend(TOP, lo.and(HIGH).compare(VectorOperators.NE, ZERO));
            FloatVector.fromArray(F, src, j + w).mul(scale).add(MAGIC).intoByteArray(crossing, 0, ORDER);
            IntVector hi = IntVector.fromByteArray(I, crossing, 0, ORDER).sub(MAGIC_BITS);
            hi = hi.blend(TOP, hi.and(HIGH).compare(VectorOperators.NE, ZERO));
            lo.or(hi.lanewise(VectorOperators.LSHL, SIXTEEN)).intoArray(dst, at + j);
        }
        c.encodeScalar(src, dst, at, j, len);
    }

    /** {@link SigmaCode#decode(int[], int, float[], int)}: per lane {@link SigmaCode#value}, two rows unpacked. */
    static void decode(SigmaCode c, int[] src, int at, float[] dst, int len, byte[] crossing) {
        int w = SigmaCode.words(len);
        int high = len - w;
        FloatVector unit = FloatVector.broadcast(F, c.unit());
        int j = 0;
        for (int end = F.loopBound(high); j < end; j += L) {
            IntVector p = IntVector.fromArray(I, src, at + j);
            IntVector lo = p.and(LOW);
            lo.or(MAGIC_BITS).blend(NAN_BITS, lo.compare(VectorOperators.EQ, TOP)).intoByteArray(crossing, 0, ORDER);
            FloatVector.fromByteArray(F, crossing, 0, ORDER).sub(MAGIC).mul(unit).intoArray(dst, j);
            IntVector hi = p.lanewise(VectorOperators.LSHR, SIXTEEN);
            hi.or(MAGIC_BITS).blend(NAN_BITS, hi.compare(VectorOperators.EQ, TOP)).intoByteArray(crossing, 0, ORDER);
            FloatVector.fromByteArray(F, crossing, 0, ORDER).sub(MAGIC).mul(unit).intoArray(dst, j + w);
        }
        c.decodeScalar(src, at, dst, j, len);
    }
}
