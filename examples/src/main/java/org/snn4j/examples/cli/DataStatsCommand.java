package org.snn4j.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.snn4j.examples.data.EventFileReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code snn4j data stats FILE...}: decodes event files (format detected from the header or
 * extension) and prints count, ON/OFF, ranges and the coordinate/time sums — the same statistics
 * the reference tables in {@code shared/data/README.md} give — as TSV or, with {@code --json}, JSON.
 * Files are streamed, so their size is unbounded. A file that cannot be read is reported on
 * stderr (one line) and the next file is read; the exit code is 1 if any failed.
 */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Print event statistics of N-MNIST .bin / AEDAT 2, 3.1, 4 files.")
final class DataStatsCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Event files.")
    List<Path> files;

    @Option(names = "--json", description = "Print a JSON array (one object per file) instead of TSV.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        List<Map<String, Object>> all = new ArrayList<>();
        if (!json) {
            System.out.println(EventFileReport.TSV_HEADER);
        }
        int failed = 0;
        for (Path f : files) {
            try {
                EventFileReport r = EventFileReport.read(f);
                if (json) {
                    all.add(r.json());
                } else {
                    System.out.println(r.tsvRow());
                }
            } catch (IOException | RuntimeException e) {
                failed++;
                System.out.flush();
                System.err.println("snn4j: " + CliErrors.message(e));
            }
        }
        if (json) {
            System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(all));
        }
        if (failed > 0) {
            System.err.println("snn4j: " + failed + " of " + files.size() + " files could not be read");
        }
        return failed == 0 ? 0 : 1;
    }
}
