package org.snn4j.autograd.checkpoint;

import java.nio.file.Path;

/**
 * {@code SaveMain DIR SEED}: saves the small test checkpoint of {@code SEED} to {@code DIR}. Run
 * under {@code strace -e inject=...:signal=KILL} by {@link CheckpointKillTest}.
 */
public final class SaveMain {
    private SaveMain() {
    }

    public static void main(String[] args) throws Exception {
        var m = CheckpointIntegrityTest.model(Long.parseLong(args[1]));
        Checkpoint.save(Path.of(args[0]), m, new org.snn4j.autograd.optim.AdamSpec(0.1).build(m.namedParameters()),
                java.util.Map.of("epochsDone", 1), java.util.Map.of());
        System.out.println("saved");
    }
}
