package org.snn4j.autograd.backend;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Field;
import sun.misc.Unsafe;

/**
 * Where a heap {@code float[]}'s elements lie relative to 64-byte cache lines, so a kernel can start
 * its data on a line boundary: it takes an array {@link #FLOATS} elements longer than it needs and
 * uses the part from {@link #alignedStart}.
 *
 * <p>Why: the JVM places an array's first element 16 bytes after an 8-byte aligned object start, so
 * a 512-bit vector load at an element index that is a multiple of 16 crosses a cache line unless the
 * array happens to sit at the right address. In the event gather ({@code RowSums}, the LIF-MLP fc1
 * shape: 3,200 rows of ~102 events, 128-float row segments from a 401 KB slice in L2, one thread,
 * AMD EPYC Zen 4 with AVX-512, best of 7) the same loop over the same data took 1.61 ms when the
 * segments started on a line boundary, 1.87–1.89 ms when 32 bytes off and 2.35–2.43 ms at any other
 * offset; which one a pooled array got depended on where the collector had put it, so the forward
 * pass ran in one of two speeds for the life of a JVM. A direct {@code ByteBuffer} aligned to 64
 * bytes read through {@code FloatVector.fromByteBuffer} took 2.28–2.36 ms (JDK 17).
 *
 * <p>How: the array's address is read with {@code sun.misc.Unsafe} from a one-element
 * {@code Object[]} holding it (a compressed reference is decoded with the shift found at start-up
 * from two arrays allocated back to back; the heap base of compressed references is page aligned,
 * so it does not change the address modulo 64). The answer is only a hint: the collector may move
 * the array right afterwards, and a caller uses the returned index as an ordinary array index, so a
 * wrong or stale answer costs speed, never correctness. Without {@code Unsafe}, with an address
 * layout the start-up check does not recognise, or with {@code -Dsnn4j.alignArrays=false}, every
 * answer is 0.
 */
public final class CacheLines {
    /** Bytes per cache line (x86-64). */
    public static final int BYTES = 64;
    /** {@code float} elements per cache line. */
    public static final int FLOATS = BYTES / Float.BYTES;

    private static final Unsafe U = unsafe();
    private static final long OBJECTS = U == null ? 0 : U.arrayBaseOffset(Object[].class);
    private static final long FLOAT_BASE = U == null ? 0 : U.arrayBaseOffset(float[].class);
    /** How an {@code Object[]} slot encodes an address: -1 unknown, 0 a full 64-bit address, else 1 + the shift of a compressed one. */
    private static final int ENCODING = Boolean.parseBoolean(System.getProperty("snn4j.alignArrays", "true"))
            ? encoding() : -1;

    private CacheLines() {
    }

    /** True when {@link #alignedStart} reads addresses (else it always answers 0). */
    public static boolean known() {
        return ENCODING >= 0;
    }

    /**
     * The index {@code i} in {@code [0, FLOATS)} at which {@code a[i]} starts a cache line as the
     * array lies now, or 0 when that is unknown ({@link #known}). Only a hint (see the class comment).
     */
    public static int alignedStart(float[] a) {
        if (ENCODING < 0) {
            return 0;
        }
        long first = address(a) + FLOAT_BASE;
        return (int) ((BYTES - (first & (BYTES - 1))) & (BYTES - 1)) / Float.BYTES;
    }

    /** The address of {@code o} as the encoding reads it (its value modulo 64 is what counts). */
    private static long address(Object o) {
        Object[] holder = {o};
        if (ENCODING == 0) {
            return U.getLong(holder, OBJECTS);
        }
        return (U.getInt(holder, OBJECTS) & 0xFFFFFFFFL) << (ENCODING - 1);
    }

    /**
     * The encoding of references in {@code Object[]} slots: 8-byte slots hold addresses; 4-byte slots
     * hold compressed references, whose shift (0, or log2 of the object alignment) is the one that
     * makes two {@code float[1]} allocated back to back lie one object size apart (majority of 16 tries).
     */
    private static int encoding() {
        if (U == null) {
            return -1;
        }
        if (U.arrayIndexScale(Object[].class) == 8) {
            return 0;
        }
        if (U.arrayIndexScale(Object[].class) != 4) {
            return -1;
        }
        int align = objectAlignment();
        int shift = Integer.numberOfTrailingZeros(align);
        long size = (FLOAT_BASE + Float.BYTES + align - 1) / align * align;
        int unscaled = 0;
        int scaled = 0;
        Object[] holder = new Object[1];
        for (int i = 0; i < 16; i++) {
            float[] a = new float[1];
            float[] b = new float[1];
            holder[0] = a;
            long na = U.getInt(holder, OBJECTS) & 0xFFFFFFFFL;
            holder[0] = b;
            long nb = U.getInt(holder, OBJECTS) & 0xFFFFFFFFL;
            unscaled += nb - na == size ? 1 : 0;
            scaled += (nb - na) << shift == size ? 1 : 0;
        }
        return unscaled > 8 ? 1 : scaled > 8 ? 1 + shift : -1;
    }

    /** The JVM's {@code ObjectAlignmentInBytes} (8 unless set). */
    private static int objectAlignment() {
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            return Integer.parseInt(vm.getVMOption("ObjectAlignmentInBytes").getValue());
        } catch (RuntimeException | LinkageError e) {
            return 8;
        }
    }

    private static Unsafe unsafe() {
        try {
            Field f = Unsafe.class.getDeclaredField("theUnsafe");
            f.setAccessible(true);
            return (Unsafe) f.get(null);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null;
        }
    }
}
