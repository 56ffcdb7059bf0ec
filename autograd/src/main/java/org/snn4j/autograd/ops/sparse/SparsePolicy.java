package org.snn4j.autograd.ops.sparse;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Whether the engine's event-driven kernels may run: the one reader of the switch
 * {@code snn4j.sparse=auto|on|off} (system property, else the environment variable
 * {@code SNN4J_SPARSE}; default {@code auto}).
 * <ul>
 *   <li>{@code auto}: an op takes its event path when the measured input density is at most its
 *       documented crossover (e.g. {@link EventSynapse#crossover});</li>
 *   <li>{@code on}: every op that has an event path takes it, whatever the density (tests,
 *       benchmarks);</li>
 *   <li>{@code off}: always dense.</li>
 * </ul>
 * {@link #force} overrides the switch in-process (tests) until the returned handle is closed.
 * Ops report each choice to {@link #taken}, so benchmarks can print which path ran
 * ({@link #summary}).
 */
public final class SparsePolicy {
    /** The three settings of the switch. */
    public enum Mode {
        AUTO, ON, OFF
    }

    /** The system property (and, upper-cased with {@code _}, the environment variable) read. */
    public static final String PROPERTY = "snn4j.sparse";
    private static volatile Mode forced;
    /** Per op name: calls that took the event path [0] and the dense path [1]. */
    private static final Map<String, LongAdder[]> TAKEN = new ConcurrentHashMap<>();

    private SparsePolicy() {
    }

    /** The current setting: a {@link #force forced} mode, else the property, else the environment. */
    public static Mode mode() {
        Mode f = forced;
        if (f != null) {
            return f;
        }
        String v = System.getProperty(PROPERTY);
        if (v == null) {
            v = System.getenv("SNN4J_SPARSE");
        }
        return v == null || v.isBlank() ? Mode.AUTO : parse(v);
    }

    /** The mode named {@code v} ({@code auto}, {@code on}, {@code off}; case-insensitive). */
    public static Mode parse(String v) {
        try {
            return Mode.valueOf(v.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PROPERTY + ": expected auto, on or off, got '" + v + "'");
        }
    }

    /**
     * The density limit an op with crossover {@code crossover} applies now: {@code crossover} in
     * {@code auto}, 1 in {@code on} (always events), −1 in {@code off} (never).
     */
    public static double limit(double crossover) {
        return switch (mode()) {
            case AUTO -> crossover;
            case ON -> 1.0;
            case OFF -> -1.0;
        };
    }

    /** Records that op {@code op} took the event path ({@code events}) or the dense one. */
    public static void taken(String op, boolean events) {
        TAKEN.computeIfAbsent(op, k -> new LongAdder[] {new LongAdder(), new LongAdder()})[events ? 0 : 1].increment();
    }

    /** How often op {@code op} took the event path ({@code events}) or the dense one since start. */
    public static long count(String op, boolean events) {
        LongAdder[] c = TAKEN.get(op);
        return c == null ? 0 : c[events ? 0 : 1].sum();
    }

    /** The paths taken since start, e.g. {@code "affine: event 12, dense 0; matmulT: event 0, dense 12"}. */
    public static String summary() {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(TAKEN).forEach((op, c) -> sb.append(sb.length() == 0 ? "" : "; ").append(op)
                .append(": event ").append(c[0].sum()).append(", dense ").append(c[1].sum()));
        return sb.length() == 0 ? "no products with an event path ran" : sb.toString();
    }

    /** Sets {@code mode} for the whole process until the handle is closed (then the switch is read again). */
    public static Forced force(Mode mode) {
        Mode before = forced;
        forced = mode;
        return () -> forced = before;
    }

    /** Undoes a {@link #force}. */
    @FunctionalInterface
    public interface Forced extends AutoCloseable {
        @Override
        void close();
    }
}
