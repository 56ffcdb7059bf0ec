package org.snn4j.autograd.backend;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CacheLinesTest {
    @Test
    void hotSpotAddressesAreRead() {
        if (System.getProperty("java.vm.name", "").contains("HotSpot") && !"false".equals(System.getProperty("snn4j.alignArrays"))) {
            assertTrue(CacheLines.known(), "the address encoding of this HotSpot JVM was not recognised");
        }
    }

    @Test
    void answersAnIndexWithinOneLine() {
        for (int n = 0; n < 100; n++) {
            int at = CacheLines.alignedStart(new float[n + CacheLines.FLOATS]);
            assertTrue(at >= 0 && at < CacheLines.FLOATS, "index " + at);
        }
    }

    /**
     * Decoding check: two arrays allocated back to back lie one object apart, so the second's
     * answer is the first's moved back by that object's size in floats (modulo a line). A wrong
     * shift for compressed references breaks this for most sizes. Allocation is contiguous in a
     * thread's allocation buffer except where a buffer ends, so most pairs, not all, must agree.
     */
    @Test
    void backToBackArraysAreOneObjectSizeApart() {
        if (!CacheLines.known()) {
            return;
        }
        int agree = 0;
        int tries = 0;
        for (int n = 1; n <= 64; n++) {
            for (int rep = 0; rep < 4; rep++) {
                float[] a = new float[n];
                float[] b = new float[1];
                long size = (16 + 4L * n + 7) / 8 * 8;
                int expected = (int) Math.floorMod(CacheLines.alignedStart(a) - size / 4, CacheLines.FLOATS);
                agree += CacheLines.alignedStart(b) == expected ? 1 : 0;
                tries++;
            }
        }
        assertTrue(agree > tries * 3 / 4, agree + " of " + tries + " pairs agree");
    }
}
