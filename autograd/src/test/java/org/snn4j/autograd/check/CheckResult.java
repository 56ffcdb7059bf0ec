package org.snn4j.autograd.check;

import java.util.List;

/**
 * What {@link GradientChecker} found.
 *
 * @param mismatches  gradient entries outside tolerance
 * @param problems    structural failures (wrong dtype or shape, non-finite values, an input that
 *                    was mutated, a layout whose forward values differ from the reference)
 * @param checked     number of gradient entries compared (over all inputs and layouts)
 * @param maxRelError the largest relative error seen among the compared entries
 */
public record CheckResult(List<Mismatch> mismatches, List<String> problems, int checked, double maxRelError) {
    private static final int SHOWN = 10;

    public CheckResult {
        mismatches = List.copyOf(mismatches);
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return mismatches.isEmpty() && problems.isEmpty();
    }

    /** Throws an {@link AssertionError} listing the problems and up to ten mismatches. */
    public void assertOk() {
        if (!ok()) {
            throw new AssertionError(report());
        }
    }

    /** A multi-line summary. */
    public String report() {
        StringBuilder sb = new StringBuilder();
        sb.append("gradient check: ").append(checked).append(" entries, ").append(mismatches.size())
                .append(" mismatches, ").append(problems.size()).append(" problems, max relative error ")
                .append(String.format("%.3g", maxRelError));
        for (String p : problems) {
            sb.append("\n  problem: ").append(p);
        }
        for (int i = 0; i < Math.min(SHOWN, mismatches.size()); i++) {
            sb.append("\n  ").append(mismatches.get(i).describe());
        }
        if (mismatches.size() > SHOWN) {
            sb.append("\n  ... ").append(mismatches.size() - SHOWN).append(" more");
        }
        return sb.toString();
    }
}
