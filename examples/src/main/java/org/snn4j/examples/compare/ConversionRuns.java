package org.snn4j.examples.compare;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.train.InMemoryBatchSource;
import org.snn4j.conversion.Conversion;
import org.snn4j.conversion.SpikingNetwork;
import org.snn4j.conversion.norm.ApplyMode;
import org.snn4j.conversion.norm.Normalization;
import org.snn4j.conversion.sim.IfSimulator;
import org.snn4j.conversion.sim.LayerDiagnostics;
import org.snn4j.neurons.model.Readout;
import org.snn4j.conversion.sim.SimulationConfig;
import org.snn4j.conversion.sim.SimulationResult;
import org.snn4j.experiment.data.ImageData;

/** Converts an ANN with one normalisation and simulates the accuracy-vs-T curve on the test set. */
final class ConversionRuns {
    /** Test images simulated together: one convolution per layer and step covers all of them. */
    static final int SIMULATION_BATCH = 1000;

    private ConversionRuns() {
    }

    /** Conversion + simulation of one normalisation (weight normalisation, reset by subtraction, constant input). */
    static Converted run(Module ann, long[] inputShape, Normalization norm, ImageData train, ImageData test,
                         int calibration, int[] timesteps, Readout readout, PrintStream out) {
        // calibrate on a seeded random subset: a file stored class by class (the MNIST train subset)
        // would otherwise calibrate on its first classes only
        SpikingNetwork snn = Conversion.convert(ann, inputShape, norm, ApplyMode.WEIGHTS,
                new InMemoryBatchSource(train.images(), train.labels(), Stages.EVAL_BATCH, true), calibration);
        SimulationConfig cfg = SimulationConfig.defaults(timesteps).withReadout(readout);
        SimulationResult r = IfSimulator.run(snn,
                new InMemoryBatchSource(test.images(), test.labels(), SIMULATION_BATCH, false), cfg);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("lambda", snn.scales().summary());
        d.put("mode", "weights");
        d.put("reset", "subtract");
        d.put("input", "constant");
        d.put("readout", readout.name().toLowerCase(Locale.ROOT));
        d.put("simulationSeconds", r.seconds());
        d.put("diagnostics", diagnostics(r));
        MethodResult m = new MethodResult("conversion " + norm.label(), r.timesteps(), r.accuracy(), 0, d);
        out.printf(Locale.ROOT, "== conversion %s: λ = %s, %.0f s%n", norm.label(),
                java.util.Arrays.toString(round(snn.scales().summary())), r.seconds());
        for (int i = 0; i < r.timesteps().length; i++) {
            out.printf(Locale.ROOT, "   T = %4d  accuracy %.4f%n", r.timesteps()[i], r.accuracy()[i]);
        }
        return new Converted(snn, m, r);
    }

    static List<Map<String, Object>> diagnostics(SimulationResult r) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (List<LayerDiagnostics> perT : r.diagnostics()) {
            for (LayerDiagnostics d : perT) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("layer", d.layer());
                row.put("T", d.timesteps());
                row.put("meanRate", d.meanRate());
                row.put("meanNormalisedActivation", d.meanActivation());
                row.put("rateError", d.rateError());
                row.put("rateBias", d.rateBias());
                row.put("residual", d.residual());
                row.put("residualAbs", d.residualAbs());
                rows.add(row);
            }
        }
        return rows;
    }

    private static double[] round(double[] v) {
        double[] o = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            o[i] = Math.round(v[i] * 1000) / 1000.0;
        }
        return o;
    }

    /** A converted network, its curve and the raw simulation result. */
    record Converted(SpikingNetwork snn, MethodResult result, SimulationResult simulation) {
    }
}
