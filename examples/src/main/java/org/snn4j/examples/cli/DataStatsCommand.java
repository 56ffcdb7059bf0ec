package org.snn4j.examples.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.snn4j.datasets.io.EventSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code snn4j data stats FILE...}: decodes event files (format detected from the header or
 * extension) and prints count, ON/OFF, ranges and the coordinate/time sums — the same statistics
 * the reference tables in {@code shared/data/README.md} give. A file that cannot be read is
 * reported on stderr (one line) and the next file is read; the exit code is 1 if any failed.
 */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Print event statistics of N-MNIST .bin / AEDAT 2, 3.1, 4 files.")
final class DataStatsCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Event files.")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        System.out.println("file\tformat\tsensor\tevents\tON/OFF\tx\ty\tt_us\tsum_x\tsum_y\tsum_t");
        int failed = 0;
        for (Path f : files) {
            try {
                System.out.println(f + "\t" + EventSummary.of(f));
            } catch (IOException | RuntimeException e) {
                failed++;
                System.out.flush();
                System.err.println("snn4j: " + CliErrors.describe(e));
            }
        }
        if (failed > 0) {
            System.err.println("snn4j: " + failed + " of " + files.size() + " files could not be read");
        }
        return failed == 0 ? 0 : 1;
    }
}
