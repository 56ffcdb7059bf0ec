package org.snn4j.examples.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.snn4j.examples.plot.PlotKind;
import org.snn4j.examples.plot.PlotKinds;
import org.snn4j.examples.plot.PlotOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code snn4j plot KIND INPUT --out FILE.png|svg}: draws a monitor file, a report or a data file. */
@Command(name = "plot", mixinStandardHelpOptions = true,
        description = {"Draw a plot as PNG or SVG (the file name decides).",
            "Kinds: raster, membrane, rates (INPUT: monitor file from train/eval --monitor); curves, confusion"
                + " (train/eval/demo report); frames, gif (event file); accuracy-vs-t (convert/compare report)."})
final class PlotCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "KIND", description = "What to draw (listed above).")
    String kind;

    @Parameters(index = "1", paramLabel = "INPUT", description = "Monitor file, report or event file.")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output: .png or .svg (.gif for gif).")
    Path out;

    @Option(names = "--sample", defaultValue = "0", description = "Recorded sample for raster/membrane (default 0).")
    int sample;

    @Option(names = "--frames", defaultValue = "6", description = "Time windows for frames/gif (default 6).")
    int frames;

    @Option(names = "--size", defaultValue = "900x560", paramLabel = "WxH", description = "Image size (default 900x560).")
    String size;

    @Override
    public Integer call() throws Exception {
        PlotKind k = PlotKinds.registry().get(kind);
        String[] wh = size.toLowerCase(java.util.Locale.ROOT).split("x");
        if (wh.length != 2 || !wh[0].matches("\\d{1,5}") || !wh[1].matches("\\d{1,5}")) {
            throw new IllegalArgumentException("--size must look like 900x560, got '" + size + "'");
        }
        k.render(input, out, new PlotOptions(sample, frames, Integer.parseInt(wh[0]), Integer.parseInt(wh[1])));
        System.out.println(kind + " plot written to " + out);
        return 0;
    }
}
