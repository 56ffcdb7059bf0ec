package org.snn4j.autograd.checkpoint;

import java.io.IOException;

/**
 * The named steps of {@link Checkpoint#save}, each announced just before it touches the file
 * system: a seam for fault-injection tests, which make step {@code n} fail and then check that the
 * checkpoint directory still loads. Production code never sets a hook.
 */
final class SaveSteps {
    /** Called before each step with its name; throws to simulate a failure or a kill there. */
    interface Hook {
        void before(String step) throws IOException;
    }

    private static volatile Hook hook;

    private SaveSteps() {
    }

    /** Installs {@code h} (tests only); {@code null} removes it. */
    static void install(Hook h) {
        hook = h;
    }

    static void step(String name) throws IOException {
        Hook h = hook;
        if (h != null) {
            h.before(name);
        }
    }
}
