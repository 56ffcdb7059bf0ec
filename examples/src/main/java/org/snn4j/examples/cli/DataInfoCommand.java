package org.snn4j.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.snn4j.examples.data.EventFileReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code snn4j data info FILE}: format, sensor, duration, event count and polarity balance of one event file. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Describe one event file: format, sensor, duration, events, polarity balance.")
final class DataInfoCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "An N-MNIST .bin or AEDAT 2, 3.1, 4 file.")
    Path file;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        EventFileReport r = EventFileReport.read(file);
        System.out.print(json ? new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(r.json()) + System.lineSeparator() : r.info());
        return 0;
    }
}
