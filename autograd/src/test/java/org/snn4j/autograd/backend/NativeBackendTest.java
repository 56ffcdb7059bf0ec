package org.snn4j.autograd.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NativeBackendTest {
    @Test
    void avx512NeedsAllFourFlags() {
        assertEquals(NativeBackend.AVX512, NativeBackend.chooseExtension(null, "fpu avx2 avx512f avx512dq avx512bw avx512vl"));
        assertEquals("", NativeBackend.chooseExtension(null, "fpu avx2 avx512f avx512dq"));
        assertEquals("", NativeBackend.chooseExtension(null, ""));
    }

    @Test
    void overrideWins() {
        assertEquals("", NativeBackend.chooseExtension("generic", "avx512f avx512dq avx512bw avx512vl"));
        assertEquals(NativeBackend.AVX512, NativeBackend.chooseExtension("AVX512", ""));
        assertThrows(IllegalArgumentException.class, () -> NativeBackend.chooseExtension("sse", ""));
    }
}
