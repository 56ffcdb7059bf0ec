package org.snn4j.datasets.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    private static String run(long total, boolean bytes, boolean interactive, long steps, long perStep) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8);
        ProgressBar bar = new ProgressBar("job", total, bytes, "", out, interactive, () -> 0L); // frozen clock: no rate
        for (int i = 0; i < steps; i++) {
            bar.step(perStep);
        }
        bar.finish();
        bar.finish();
        return buf.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    @Test
    void plainModePrintsALinePerTenth() {
        String out = run(20, false, false, 20, 1);
        List<String> lines = out.lines().toList();
        assertEquals(10, lines.size());
        assertEquals("job: 2/20 (10%)", lines.get(0));
        assertEquals("job: 20/20 (100%)", lines.get(9));
        assertTrue(!out.contains("\r"));
    }

    @Test
    void plainModeReportsAnUnfinishedTotalOnFinish() {
        List<String> lines = run(20, false, false, 3, 1).lines().toList();
        assertEquals(List.of("job: 2/20 (10%)", "job: 3/20 (15%)"), lines);
    }

    @Test
    void terminalModeRedrawsInPlaceAndEndsTheLine() {
        String out = run(4, false, true, 4, 1);
        assertTrue(out.startsWith("\rjob [#######                       ]  25% 1/4"), out);
        assertTrue(out.endsWith("\rjob [##############################] 100% 4/4\n"), out);
        assertEquals(5, out.chars().filter(c -> c == '\r').count()); // 4 steps + final redraw
    }

    @Test
    void unknownTotalPrintsPowersOfTwoAndTheFinalCount() {
        assertEquals(List.of("job: 1", "job: 2", "job: 4", "job: 8", "job: 16", "job: 20"),
                run(0, false, false, 20, 1).lines().toList());
    }

    @Test
    void bytesAreShownInMebibytes() {
        assertEquals("job: 2.0 MiB/2.0 MiB (100%)", run(2 << 20, true, false, 1, 2 << 20).lines().toList().get(0));
    }

    @Test
    void rateEtaAndStatusFollowTheClock() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8);
        long[] now = {0};
        ProgressBar bar = new ProgressBar("epoch 1/2", 1000, false, "samples", out, false, () -> now[0]);
        now[0] = 2_000_000_000L;
        bar.step(100, "loss 0.5000 acc 0.6000");
        now[0] = 10_000_000_000L;
        bar.step(900, "loss 0.2500 acc 0.9000");
        assertEquals(List.of("epoch 1/2: 100/1000 (10%) 50 samples/s ETA 0:18 loss 0.5000 acc 0.6000",
                "epoch 1/2: 1000/1000 (100%) 100 samples/s loss 0.2500 acc 0.9000"),
                buf.toString(StandardCharsets.UTF_8).lines().toList());
    }

    @Test
    void silentBarCountsButPrintsNothing() {
        ProgressBar bar = ProgressBar.silent();
        bar.step(5);
        bar.finish();
        assertEquals(5, bar.done());
    }
}
