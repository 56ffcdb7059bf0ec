package org.snn4j.examples.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.snn4j.datasets.events.Events;
import org.snn4j.datasets.io.EventFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code snn4j data stats FILE...}: decodes event files (format detected from the header or
 * extension) and prints count, ON/OFF, ranges and the coordinate/time sums — the same statistics
 * the reference tables in {@code shared/data/README.md} give.
 */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Print event statistics of N-MNIST .bin / AEDAT 2, 3.1, 4 files.")
final class DataStatsCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Event files.")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        System.out.println("file\tformat\tsensor\tevents\tON/OFF\tx\ty\tt_us\tsum_x\tsum_y\tsum_t");
        for (Path f : files) {
            EventFormat fmt = EventFormat.detect(f);
            Events e = fmt.reader().read(f);
            long on = 0;
            long sx = 0;
            long sy = 0;
            long st = 0;
            int minX = Integer.MAX_VALUE;
            int maxX = -1;
            int minY = Integer.MAX_VALUE;
            int maxY = -1;
            for (int i = 0; i < e.size(); i++) {
                on += e.p(i);
                sx += e.x(i);
                sy += e.y(i);
                st += e.t(i);
                minX = Math.min(minX, e.x(i));
                maxX = Math.max(maxX, e.x(i));
                minY = Math.min(minY, e.y(i));
                maxY = Math.max(maxY, e.y(i));
            }
            String tRange = e.size() == 0 ? "-" : e.t(0) + ".." + e.t(e.size() - 1);
            System.out.printf("%s\t%s\t%dx%d\t%d\t%d/%d\t%d..%d\t%d..%d\t%s\t%d\t%d\t%d%n", f, fmt, e.width(), e.height(),
                    e.size(), on, e.size() - on, minX, maxX, minY, maxY, tRange, sx, sy, st);
        }
        return 0;
    }
}
