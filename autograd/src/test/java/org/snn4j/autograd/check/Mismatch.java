package org.snn4j.autograd.check;

import java.util.Arrays;

/**
 * One gradient entry where the analytic and numeric values disagree.
 *
 * @param input     the input's position in the argument list
 * @param layout    the memory layout the inputs had
 * @param flatIndex row-major flat index of the entry
 * @param index     the same entry as a multi-index
 * @param analytic  reverse-mode value
 * @param numeric   central-difference value
 * @param relError  {@code |analytic − numeric| / max(|analytic|, |numeric|)}
 */
public record Mismatch(int input, Layout layout, long flatIndex, long[] index, double analytic, double numeric,
                       double relError) {

    /** One line: which input, which entry, both values and the error. */
    public String describe() {
        return String.format("input %d (layout %s) flat index %d %s: analytic %.9g vs numeric %.9g (relative error %.3g)",
                input, layout, flatIndex, Arrays.toString(index), analytic, numeric, relError);
    }
}
