package org.snn4j.examples.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.train.BatchSource;
import org.snn4j.autograd.train.ConfusionMatrix;
import org.snn4j.autograd.train.Objective;
import org.snn4j.examples.monitor.MonitorFile;
import org.snn4j.examples.monitor.MonitorRecorder;
import org.snn4j.examples.monitor.MonitorRecording;
import org.snn4j.examples.monitor.MonitorRequest;
import org.snn4j.examples.report.ModelSummary;
import org.snn4j.examples.report.RunArtifacts;
import picocli.CommandLine.Option;

/**
 * What {@code train} and {@code eval} write after the run: the monitor file and the report with
 * its Markdown twin and plots.
 */
final class RunOutputOptions {
    @Option(names = "--monitor", paramLabel = "KINDS[:LAYERS]",
            description = "Record spikes,membrane,rates of the spiking layers (all, or the listed dotted paths) on "
                    + "test samples; written as safetensors + JSON sidecar.")
    String monitor;

    @Option(names = "--monitor-samples", paramLabel = "N", defaultValue = "4",
            description = "Test samples to record with --monitor (default ${DEFAULT-VALUE}).")
    int monitorSamples;

    @Option(names = "--monitor-out", paramLabel = "FILE.safetensors",
            description = "Where --monitor writes (default: beside the report as NAME-monitor.safetensors, else "
                    + "monitor.safetensors).")
    Path monitorOut;

    /** The parsed --monitor request, or null; validates before any training starts. */
    MonitorRequest request() {
        return monitor == null ? null : MonitorRequest.parse(monitor, monitorSamples);
    }

    /**
     * Fails before any data is loaded or any epoch runs when {@code reportFile} (may be null) or the
     * monitor file cannot be written (see {@link OutputTargets}); also validates {@code --monitor}.
     */
    void checkTargets(Path reportFile) throws IOException {
        OutputTargets.file("--report", reportFile);
        if (request() != null) {
            OutputTargets.file(monitorOut != null ? "--monitor-out" : "--monitor", monitorFile(reportFile));
        }
    }

    /**
     * Records the monitor (if asked), adds the model summary (unless the command put a richer one) and
     * the confusion matrix to
     * {@code report}, and writes the report with its plots (if {@code reportFile} is set).
     *
     * @return the files written
     */
    List<Path> finish(Path reportFile, Map<String, Object> report, Module model, Objective objective,
                      BatchSource test) throws IOException {
        List<Path> written = new ArrayList<>();
        MonitorRecording rec = null;
        MonitorRequest req = request();
        if (req != null) {
            rec = MonitorRecorder.record(model, objective, test, req);
            Path out = monitorFile(reportFile);
            MonitorFile.write(out, rec, Map.of("model", ModelSummary.of(model)));
            written.add(out);
            written.add(MonitorFile.sidecar(out));
        }
        if (reportFile != null) {
            report.putIfAbsent("model", ModelSummary.of(model));
            report.put("confusion", ConfusionMatrix.of(model, objective, test).counts());
            written.addAll(0, RunArtifacts.write(reportFile, report, rec));
        }
        return written;
    }

    /** Where the monitor file goes: {@code --monitor-out}, else beside the report, else the working folder. */
    private Path monitorFile(Path reportFile) {
        return monitorOut != null ? monitorOut : reportFile != null
                ? reportFile.resolveSibling(stem(reportFile) + "-monitor.safetensors") : Path.of("monitor.safetensors");
    }

    private static String stem(Path f) {
        String n = f.getFileName().toString();
        return n.endsWith(".json") ? n.substring(0, n.length() - 5) : n;
    }
}
