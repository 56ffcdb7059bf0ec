package org.snn4j.examples.plot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.jfree.chart.JFreeChart;
import org.snn4j.autograd.registry.Registry;
import org.snn4j.datasets.events.Events;
import org.snn4j.datasets.io.EventFormat;
import org.snn4j.datasets.io.InputFiles;
import org.snn4j.examples.monitor.MonitorFile;
import org.snn4j.examples.monitor.MonitorRecording;
import org.snn4j.examples.stdp.FieldWeights;

/**
 * The plot kinds of {@code snn4j plot KIND INPUT --out FILE.png|svg}, by name.
 *
 * <pre>
 * kind           INPUT                                  shows
 * raster         monitor file (train/eval --monitor)    spikes of one sample, one panel per layer
 * membrane       monitor file                           membrane traces with the threshold line
 * rates          monitor file                           per-layer firing-rate histograms
 * curves         train/demo report (JSON)               loss and accuracy per epoch
 * confusion      train/eval/demo report                 confusion matrix
 * frames         event file (.bin, .aedat, .aedat4)     event frames in equal time windows
 * gif            event file                             the same frames as an animated GIF (.gif)
 * accuracy-vs-t  convert/compare report                 accuracy against T
 * fields         stdp weights (stdp --report)           STDP receptive fields as a grid
 * </pre>
 */
public final class PlotKinds {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MONITOR = "monitor file (.safetensors or .json from --monitor)";
    private static final String EVENTS = "event file (N-MNIST .bin, AEDAT 2/3.1/4)";
    private static final Registry<PlotKind> KINDS = new Registry<PlotKind>("plot kind")
            .register("raster", new PlotKind(MONITOR, "spike raster of one sample, one panel per layer",
                    (in, out, o) -> save(RasterChart.of(monitor(in), o.sample()), out, o)))
            .register("membrane", new PlotKind(MONITOR, "membrane traces with the threshold line",
                    (in, out, o) -> save(MembraneChart.of(monitor(in), o.sample()), out, o)))
            .register("rates", new PlotKind(MONITOR, "per-layer firing-rate histograms",
                    (in, out, o) -> save(RateHistogramChart.of(monitor(in)), out, o)))
            .register("curves", new PlotKind("train or demo report (JSON)", "loss and accuracy per epoch",
                    (in, out, o) -> save(CurvesChart.of(json(in), in.toString()), out, o)))
            .register("confusion", new PlotKind("train, eval or demo report (JSON)", "confusion matrix",
                    (in, out, o) -> save(ConfusionChart.of(json(in), in.toString()), out, o)))
            .register("frames", new PlotKind(EVENTS, "event frames in equal time windows",
                    PlotKinds::frames))
            .register("gif", new PlotKind(EVENTS, "animated GIF of the event frames (--out FILE.gif)", PlotKinds::gif))
            .register("accuracy-vs-t", new PlotKind("convert or compare report (JSON)", "accuracy against T",
                    (in, out, o) -> save(AccuracyVsTChart.of(json(in), in.toString()), out, o)))
            .register("fields", new PlotKind("stdp weights (REPORT.weights.safetensors from snn4j stdp --report)",
                    "STDP receptive fields as a grid (the height follows the width)", PlotKinds::fields));

    private PlotKinds() {
    }

    /** The kinds, by name. */
    public static Registry<PlotKind> registry() {
        return KINDS;
    }

    private static void save(JFreeChart chart, Path out, PlotOptions o) throws IOException {
        ChartFile.write(chart, out, o.width(), o.height());
    }

    /** Panels about 220 pixels wide (more frames widen the image), the height following the sensor's aspect. */
    private static void frames(Path in, Path out, PlotOptions o) throws IOException {
        Events e = events(in);
        int panel = Math.max(120, o.width() / o.frames());
        if (panel < 220 && o.frames() * 220 <= 4000) {
            panel = 220;
        }
        int height = Math.max(PlotOptions.MIN_HEIGHT, panel * e.height() / e.width() + 170);
        ChartFile.write(EventFrameChart.grid(e, o.frames(), title(in)), out, panel * o.frames() + 60, height);
    }

    private static void gif(Path in, Path out, PlotOptions o) throws IOException {
        if (!ChartFile.extension(out).equals("gif")) {
            throw new IllegalArgumentException(out + ": the gif kind writes a .gif file");
        }
        Events e = events(in);
        int width = Math.min(o.width(), 480);
        RecordingGif.write(e, o.frames(), title(in), out, width, Math.max(PlotOptions.MIN_HEIGHT,
                (width - 80) * e.height() / e.width() + 110), 250);
    }

    /** Square pixels: the height follows the width and the grid's rows. */
    private static void fields(Path in, Path out, PlotOptions o) throws IOException {
        InputFiles.requireRegular(in);
        FieldWeights w = FieldWeights.read(in);
        int n = w.weights()[0].length;
        ChartFile.write(ReceptiveFieldChart.of(w.weights(), w.side(), "Receptive fields of " + in.getFileName(), o.width()), out,
                o.width(), ReceptiveFieldChart.height(o.width(), n));
    }

    private static MonitorRecording monitor(Path in) throws IOException {
        InputFiles.requireRegular(in);
        return MonitorFile.read(in);
    }

    private static JsonNode json(Path in) throws IOException {
        InputFiles.requireRegular(in);
        try {
            return JSON.readTree(in.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(in + ": not a JSON report (" + e.getOriginalMessage() + ")");
        }
    }

    private static Events events(Path in) throws IOException {
        return EventFormat.readAny(in); // refuses a missing or non-regular file before reading (InputFiles)
    }

    private static String title(Path in) throws IOException {
        return "Events of " + in.getFileName() + " (" + EventFormat.detect(in) + ")";
    }
}
