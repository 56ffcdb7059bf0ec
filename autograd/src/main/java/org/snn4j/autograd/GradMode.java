package org.snn4j.autograd;

/**
 * Thread-local switch that disables recording (PyTorch's {@code torch.no_grad()}).
 *
 * <pre>{@code
 * try (GradMode.Scope s = GradMode.noGrad()) {
 *     Tensor y = model.forward(x);   // nothing is recorded
 * }
 * }</pre>
 * Scopes nest; the previous mode is restored on close.
 */
public final class GradMode {
    private static final ThreadLocal<int[]> DISABLED_DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    private GradMode() {
    }

    /** True when operations on this thread record graph nodes. */
    public static boolean isEnabled() {
        return DISABLED_DEPTH.get()[0] == 0;
    }

    /** Opens a scope in which nothing is recorded on this thread. */
    public static Scope noGrad() {
        DISABLED_DEPTH.get()[0]++;
        return new Scope();
    }

    /** A no-grad scope; closing it restores recording if no outer scope remains. */
    public static final class Scope implements AutoCloseable {
        private boolean closed;

        private Scope() {
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                DISABLED_DEPTH.get()[0]--;
            }
        }
    }
}
