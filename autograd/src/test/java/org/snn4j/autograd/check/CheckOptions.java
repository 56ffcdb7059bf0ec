package org.snn4j.autograd.check;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Settings of {@link GradientChecker}; immutable, validated, changed with the {@code with…} methods.
 *
 * @param eps        central-difference step h: numeric = Σ r⊙(f(x+h) − f(x−h)) / 2h; in (0, 1e-2]
 * @param relTol     largest accepted {@code |a − n| / max(|a|, |n|)}; in (0, 1)
 * @param absFloor   an entry also passes when {@code |a − n| ≤ absFloor}; ≥ 0
 * @param maxEntries entries checked per input (a seeded random subset when the input is larger); ≥ 1
 * @param seed       seed of the projection weights r and of the subsets
 * @param layouts    the input layouts to run, in enum order (each is a complete check; the first
 *                   one's forward output is the reference the others must reproduce)
 * @param constants  indices of inputs passed as constants (not differentiated, not checked)
 */
public record CheckOptions(double eps, double relTol, double absFloor, int maxEntries, long seed,
                           Set<Layout> layouts, Set<Integer> constants) {

    public CheckOptions {
        if (!(eps > 0 && eps <= 1e-2)) {
            throw new IllegalArgumentException("eps must be in (0, 1e-2], got " + eps);
        }
        if (!(relTol > 0 && relTol < 1)) {
            throw new IllegalArgumentException("relTol must be in (0, 1), got " + relTol);
        }
        if (!(absFloor >= 0)) {
            throw new IllegalArgumentException("absFloor must be >= 0, got " + absFloor);
        }
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be >= 1, got " + maxEntries);
        }
        if (layouts == null || layouts.isEmpty()) {
            throw new IllegalArgumentException("layouts must name at least one Layout");
        }
        layouts = Collections.unmodifiableSet(EnumSet.copyOf(layouts));
        constants = Collections.unmodifiableSet(new TreeSet<>(constants));
    }

    /** eps 1e-6, relTol 1e-5, absFloor 1e-8, 64 entries per input, seed 42, all layouts, no constants. */
    public static CheckOptions defaults() {
        return new CheckOptions(1e-6, 1e-5, 1e-8, 64, 42L, EnumSet.allOf(Layout.class), Set.of());
    }

    public CheckOptions withEps(double v) {
        return new CheckOptions(v, relTol, absFloor, maxEntries, seed, layouts, constants);
    }

    public CheckOptions withRelTol(double v) {
        return new CheckOptions(eps, v, absFloor, maxEntries, seed, layouts, constants);
    }

    public CheckOptions withAbsFloor(double v) {
        return new CheckOptions(eps, relTol, v, maxEntries, seed, layouts, constants);
    }

    public CheckOptions withMaxEntries(int v) {
        return new CheckOptions(eps, relTol, absFloor, v, seed, layouts, constants);
    }

    public CheckOptions withSeed(long v) {
        return new CheckOptions(eps, relTol, absFloor, maxEntries, v, layouts, constants);
    }

    public CheckOptions withLayouts(Layout... v) {
        return new CheckOptions(eps, relTol, absFloor, maxEntries, seed, Set.of(v), constants);
    }

    /** Marks inputs (by position) as constants: labels, masks, targets. */
    public CheckOptions withConstants(Integer... v) {
        return new CheckOptions(eps, relTol, absFloor, maxEntries, seed, layouts, Set.of(v));
    }
}
