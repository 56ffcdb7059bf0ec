package org.snn4j.examples.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.snn4j.examples.plot.PlotKinds;
import org.snn4j.examples.plot.PlotOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code snn4j data frames FILE... --out FILE.png|svg}: the {@code frames} plot of each event file
 * (the same as {@code snn4j plot frames}); with several files the outputs are numbered
 * {@code NAME-1.png}, {@code NAME-2.png}, ...
 */
@Command(name = "frames", mixinStandardHelpOptions = true,
        description = "Render event files as time-sliced frames (ON red, OFF blue); same as 'snn4j plot frames'.")
final class DataFramesCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Event files.")
    List<Path> files;

    @Option(names = "--frames", defaultValue = "6", description = "Frames per file (default ${DEFAULT-VALUE}).")
    int frames;

    @Option(names = "--out", required = true, description = "PNG or SVG file to write.")
    Path out;

    @Override
    public Integer call() throws Exception {
        PlotOptions defaults = PlotOptions.defaults();
        PlotOptions o = new PlotOptions(0, frames, defaults.width(), 360);
        for (int i = 0; i < files.size(); i++) {
            OutputTargets.file("--out", target(i));
        }
        for (int i = 0; i < files.size(); i++) {
            Path target = target(i);
            PlotKinds.registry().get("frames").render(files.get(i), target, o);
            System.out.println("wrote " + target);
        }
        return 0;
    }

    /** The file the plot of {@code files.get(i)} is written to. */
    private Path target(int i) {
        return files.size() == 1 ? out : numbered(out, i + 1);
    }

    private static Path numbered(Path out, int n) {
        String name = out.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return out.resolveSibling(dot < 0 ? name + "-" + n : name.substring(0, dot) + "-" + n + name.substring(dot));
    }
}
