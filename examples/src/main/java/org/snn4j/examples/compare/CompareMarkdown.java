package org.snn4j.examples.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.snn4j.conversion.sim.LayerDiagnostics;
import org.snn4j.conversion.sim.SimulationResult;
import org.snn4j.examples.plot.Line;
import org.snn4j.examples.plot.LineChart;

/** The Markdown tables and the diagnostics plot of a {@link CompareReport}. */
final class CompareMarkdown {
    private CompareMarkdown() {
    }

    static String render(CompareReport r) {
        StringBuilder b = new StringBuilder();
        b.append("# snn4j compare: ").append(r.dataset()).append("\n\n");
        b.append("Command: `").append(r.setup().get("command")).append("`\n\n");
        b.append(String.format(Locale.ROOT, "%s train / %s test samples; CNN %s; ANN test accuracy **%.2f %%**.%n%n",
                r.setup().get("trainSamples"), r.setup().get("testSamples"), r.setup().get("architecture"),
                100 * r.annAccuracy()));
        accuracyTable(r, b);
        if (r.ttfs() != null) {
            b.append(String.format(Locale.ROOT, "%nLC-TTFS (constrained MLP, one spike per neuron): SNN **%.2f %%**, "
                    + "its constrained ANN %.2f %%.%n", 100 * r.ttfs().single(),
                    100 * ((Number) r.ttfs().details().get("constrainedAnnAccuracy")).doubleValue()));
        } else {
            b.append("\n(partial report: the run is still going)\n");
        }
        if (r.diagnosed() != null && !r.diagnosed().diagnostics().get(0).isEmpty()) {
            diagnosticsTable(r, b);
        }
        return b.toString();
    }

    private static void accuracyTable(CompareReport r, StringBuilder b) {
        int[] ts = r.allTimesteps();
        b.append("| method |");
        for (int t : ts) {
            b.append(" T=").append(t).append(" |");
        }
        b.append(" train s |\n|---|");
        b.append("---:|".repeat(ts.length)).append("---:|\n");
        for (MethodResult m : r.methods()) {
            b.append("| ").append(m.method()).append(" |");
            for (int t : ts) {
                double a = m.at(t);
                b.append(Double.isNaN(a) ? " – |" : String.format(Locale.ROOT, " %.2f |", 100 * a));
            }
            b.append(String.format(Locale.ROOT, " %.0f |%n", m.trainSeconds()));
        }
        b.append("| ANN |").append(String.format(Locale.ROOT, " %.2f |", 100 * r.annAccuracy()).repeat(ts.length))
                .append(String.format(Locale.ROOT, " %.0f |%n", ((Number) r.setup().get("annTrainSeconds")).doubleValue()));
    }

    private static void diagnosticsTable(CompareReport r, StringBuilder b) {
        b.append("\nConversion error terms (Rueckauer et al. 2017) of the hybrid's seed conversion (per layer, in "
                + "threshold units): mean firing "
                + "rate r, mean |r − a/λ| and mean residual V(T)/T.\n\n| T | layer | r | \\|r − a/λ\\| | V(T)/T |\n"
                + "|---:|---:|---:|---:|---:|\n");
        for (List<LayerDiagnostics> perT : r.diagnosed().diagnostics()) {
            for (LayerDiagnostics d : perT) {
                b.append(String.format(Locale.ROOT, "| %d | %d | %.4f | %.4f | %.4f |%n", d.timesteps(), d.layer(),
                        d.meanRate(), d.rateError(), d.residual()));
            }
        }
    }

    /** Rate error and |residual| per layer against T. */
    static LineChart diagnosticsPlot(SimulationResult s, String dataset) {
        int layers = s.diagnostics().get(0).size();
        double[] x = java.util.Arrays.stream(s.timesteps()).asDoubleStream().toArray();
        List<Line> series = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            double[] err = new double[x.length];
            double[] res = new double[x.length];
            for (int k = 0; k < x.length; k++) {
                err[k] = s.diagnostics().get(k).get(l).rateError();
                res[k] = s.diagnostics().get(k).get(l).residualAbs();
            }
            series.add(new Line("layer " + (l + 1) + " |r - a/λ|", x, err));
            series.add(new Line("layer " + (l + 1) + " |V(T)/T|", x, res, true));
        }
        return new LineChart("Conversion error terms (Rueckauer et al. 2017) on " + dataset, "T (time steps)", "mean over neurons",
                true, series);
    }
}
