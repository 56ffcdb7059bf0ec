package org.snn4j.experiment.model;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.nn.LayerSpec;
import org.snn4j.autograd.nn.Sequential;
import org.snn4j.autograd.train.Objective;
import org.snn4j.neurons.layers.NeuronLayerSpec;
import org.snn4j.neurons.monitor.Monitor;

/**
 * The dead-network check: an {@link Objective} that watches the first {@code batches} training
 * batches (through a {@link Monitor} on the neuron layers, and the output itself when the last
 * layer is another spiking layer such as SLAYER's) and then prints one warning line for every
 * spiking layer whose firing rate was 0 (silent: the loss stays at ln C and nothing learns) or 1
 * (saturated), naming the layer and the usual fixes. Monitoring does not change what the layers
 * compute, so training is unaffected.
 */
public final class FiringWatch implements Objective {
    private final Objective inner;
    private final Monitor monitor;
    private final Map<String, String> names = new LinkedHashMap<>();
    private final String outputLayer;
    private final int batches;
    private final PrintStream out;
    private final List<String> warnings = new ArrayList<>();
    private int seen;
    private double outputSpikes;
    private double outputElements;
    private boolean monitorClosed;
    private boolean finished;

    /**
     * @param batches training batches to watch before warning, ≥ 1
     */
    public FiringWatch(Objective inner, Sequential model, int batches, PrintStream out) {
        this.inner = inner;
        this.batches = batches;
        this.out = out;
        boolean monitorable = false;
        for (int i = 0; i < model.size(); i++) {
            monitorable |= model.get(i) instanceof org.snn4j.neurons.monitor.Monitorable;
        }
        this.monitor = monitorable ? Monitor.attach(model) : null;
        this.monitorClosed = !monitorable;
        int last = model.size() - 1;
        for (int i = 0; i <= last; i++) {
            names.put(String.valueOf(i), i + " " + model.get(i).spec().typeName());
        }
        LayerSpec lastSpec = model.get(last).spec();
        this.outputLayer = ModelSummary.isSpiking(lastSpec) && !(lastSpec instanceof NeuronLayerSpec)
                ? names.get(String.valueOf(last)) : null;
    }

    @Override
    public Tensor loss(Tensor output, int[] labels) {
        if (seen < batches) {
            seen++;
            if (outputLayer != null) {
                outputSpikes += output.value().sumNumber().doubleValue();
                outputElements += output.value().length();
            }
            if (seen == batches) {
                finish();
            }
        }
        return inner.loss(output, labels);
    }

    @Override
    public int[] predict(Tensor output) {
        return inner.predict(output);
    }

    /** Warns now (if the watched batches were fewer than asked) and detaches the monitor. */
    public void finish() {
        if (seen == 0 || finished) {
            close();
            return;
        }
        Map<String, Double> rates = new LinkedHashMap<>();
        if (monitor != null) {
            monitor.firingRates().forEach((path, r) -> rates.put(names.getOrDefault(path, path), r));
        }
        if (outputLayer != null && outputElements > 0) {
            rates.put(outputLayer, outputSpikes / outputElements);
        }
        finished = true;
        warnings.addAll(warnings(rates, seen));
        warnings.forEach(out::println);
        close();
    }

    private void close() {
        if (!monitorClosed && monitor != null) {
            monitor.close();
            monitorClosed = true;
        }
    }

    /** The warnings printed (empty until the watched batches are done). */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** One warning line per silent or saturated layer (none when all fire at rates in (0, 1)). */
    public static List<String> warnings(Map<String, Double> rates, int batches) {
        List<String> lines = new ArrayList<>();
        rates.forEach((layer, r) -> {
            if (r == 0) {
                lines.add(String.format(Locale.ROOT, "warning: layer %s never fired in the first %d batches"
                        + " (rate 0.0000): add batch norm before it, lower its threshold, or raise the initial"
                        + " weight scale", layer, batches));
            } else if (r >= 1) {
                lines.add(String.format(Locale.ROOT, "warning: layer %s fired at every step of the first %d batches"
                        + " (rate 1.0000): add batch norm before it, raise its threshold, or lower the initial"
                        + " weight scale", layer, batches));
            }
        });
        return lines;
    }

    @Override
    public String toString() {
        return inner.toString();
    }
}
