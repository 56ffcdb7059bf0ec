package org.snn4j.examples.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.snn4j.conversion.sim.SimulationResult;
import org.snn4j.examples.plot.AccuracyVsTChart;
import org.snn4j.examples.plot.ChartFile;
import org.snn4j.examples.plot.LineChart;
import org.snn4j.examples.report.RunReport;

/**
 * The results of {@code snn4j compare}: {@code report.json} (every number), {@code report.md} (the
 * accuracy table and the diagnostics table), {@code accuracy-vs-t.png} (one line per method) and
 * {@code diagnostics.png} (the per-layer rate error and residual over T, Rueckauer et al. 2017).
 *
 * @param dataset     dataset name
 * @param annAccuracy test accuracy of the ANN
 * @param methods     conversions, direct SNN, hybrid
 * @param ttfs        LC-TTFS (accuracy without T), or null while a run is still going
 * @param setup       sizes, architecture, command, timings
 * @param diagnosed   the simulation whose diagnostics are tabulated (the hybrid's seed), or null
 */
public record CompareReport(String dataset, double annAccuracy, List<MethodResult> methods, MethodResult ttfs,
                            Map<String, Object> setup, SimulationResult diagnosed) {

    /** Writes the four files into {@code dir}. */
    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        RunReport.write(dir.resolve("report.json"), json());
        Files.writeString(dir.resolve("report.md"), CompareMarkdown.render(this), StandardCharsets.UTF_8);
        ChartFile.write(accuracyPlot().chart(), dir.resolve("accuracy-vs-t.png"), 900, 560);
        if (diagnosed != null && !diagnosed.diagnostics().get(0).isEmpty()) {
            ChartFile.write(CompareMarkdown.diagnosticsPlot(diagnosed, dataset).chart(), dir.resolve("diagnostics.png"), 900,
                    560);
        }
    }

    /** Every T any method was evaluated at, ascending. */
    public int[] allTimesteps() {
        TreeSet<Integer> ts = new TreeSet<>();
        for (MethodResult m : methods) {
            for (int t : m.timesteps()) {
                ts.add(t);
            }
        }
        return ts.stream().mapToInt(Integer::intValue).toArray();
    }

    Map<String, Object> json() {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("dataset", dataset);
        r.put("annAccuracy", annAccuracy);
        List<Map<String, Object>> ms = new ArrayList<>();
        for (MethodResult m : methods) {
            ms.add(methodJson(m));
        }
        r.put("methods", ms);
        if (ttfs != null) {
            r.put("lcTtfs", methodJson(ttfs));
        }
        r.put("setup", setup);
        r.put("createdAt", Instant.now().toString());
        return r;
    }

    private static Map<String, Object> methodJson(MethodResult m) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("method", m.method());
        Map<String, Double> acc = new LinkedHashMap<>();
        for (int i = 0; i < m.timesteps().length; i++) {
            acc.put(Integer.toString(m.timesteps()[i]), m.accuracy()[i]);
        }
        if (m.timesteps().length == 0) {
            j.put("testAccuracy", m.single());
        } else {
            j.put("accuracyByT", acc);
        }
        j.put("trainSeconds", m.trainSeconds());
        j.put("details", m.details());
        return j;
    }

    /** One line per method, the ANN and LC-TTFS as levels: the same chart {@code snn4j plot accuracy-vs-t} draws. */
    LineChart accuracyPlot() {
        return AccuracyVsTChart.lines(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(json()),
                "compare report");
    }
}
