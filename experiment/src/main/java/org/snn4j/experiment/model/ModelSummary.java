package org.snn4j.experiment.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.snn4j.autograd.nn.LayerSpec;
import org.snn4j.autograd.nn.SequentialSpec;
import org.snn4j.neurons.encoding.LearnableEncoderSpec;
import org.snn4j.neurons.layers.NeuronLayerSpec;
import org.snn4j.neurons.slayer.layer.SlayerConvSpec;
import org.snn4j.neurons.slayer.layer.SlayerDenseSpec;
import org.snn4j.neurons.slayer.layer.SlayerPoolSpec;
import org.snn4j.neurons.slayer.layer.SlayerSrmSpec;

/**
 * The resolved layers with their output shapes, parameter and neuron counts: printed as a table
 * before training ({@link #table()}) and summarised in the report ({@link #toReport()}).
 *
 * @param rows  one per layer
 * @param input per-sample input shape
 * @param steps T (0: no time axis)
 */
public record ModelSummary(List<Row> rows, long[] input, int steps) {

    /**
     * One layer.
     *
     * @param spec       the resolved layer
     * @param output     per-sample output shape
     * @param parameters trainable values
     * @param spiking    whether the layer emits spikes (its output elements are neurons)
     */
    public record Row(LayerSpec spec, long[] output, long parameters, boolean spiking) {
        /** Neurons per sample: the output elements of a spiking layer, else 0. */
        public long neurons() {
            return spiking ? Arrays.stream(output).reduce(1, (a, b) -> a * b) : 0;
        }
    }

    public ModelSummary {
        rows = List.copyOf(rows);
    }

    /** Whether a layer spec's output are spikes (neuron layers, incl. {@code srm}, and SLAYER's SRM layers). */
    public static boolean isSpiking(LayerSpec spec) {
        return spec instanceof NeuronLayerSpec || spec instanceof SlayerDenseSpec || spec instanceof SlayerConvSpec
                || spec instanceof SlayerPoolSpec || spec instanceof SlayerSrmSpec || spec instanceof LearnableEncoderSpec;
    }

    /** The layers as one sequential spec. */
    public SequentialSpec spec() {
        return new SequentialSpec(rows.stream().map(Row::spec).toList());
    }

    /** The resolved layer specs. */
    public List<LayerSpec> layers() {
        return rows.stream().map(Row::spec).toList();
    }

    /** Trainable values of the whole model. */
    public long parameters() {
        return rows.stream().mapToLong(Row::parameters).sum();
    }

    /** Spiking neurons per sample. */
    public long neurons() {
        return rows.stream().mapToLong(Row::neurons).sum();
    }

    /** The table: layer, output shape {@code [T, B, ...]}, parameters, neurons; then the totals. */
    public String table() {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"#", "layer", "output", "parameters", "neurons"});
        lines.add(new String[] {"", "input", shape(input), "", ""});
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            lines.add(new String[] {String.valueOf(i), r.spec().typeName(), shape(r.output()),
                String.format(Locale.ROOT, "%,d", r.parameters()),
                r.spiking() ? String.format(Locale.ROOT, "%,d", r.neurons()) : ""});
        }
        lines.add(new String[] {"", "total", "", String.format(Locale.ROOT, "%,d", parameters()),
            String.format(Locale.ROOT, "%,d", neurons())});
        int[] w = new int[5];
        for (String[] l : lines) {
            for (int c = 0; c < 5; c++) {
                w[c] = Math.max(w[c], l[c].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] l : lines) {
            sb.append(String.format(Locale.ROOT, "%" + w[0] + "s  %-" + w[1] + "s  %-" + w[2] + "s  %" + w[3] + "s  %"
                    + w[4] + "s", (Object[]) l).stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    /**
     * {@code parameters}, {@code neurons} and per-layer rows ({@code path} = the layer's index in the
     * model, {@code type}, {@code output}, {@code parameters}, {@code neurons}) for the report.
     */
    public Map<String, Object> toReport() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("parameters", parameters());
        m.put("neurons", neurons());
        List<Map<String, Object>> layers = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("path", Integer.toString(i));
            l.put("type", r.spec().typeName());
            l.put("output", shape(r.output()));
            l.put("parameters", r.parameters());
            l.put("neurons", r.neurons());
            layers.add(l);
        }
        m.put("layers", layers);
        return m;
    }

    private String shape(long[] perSample) {
        StringBuilder sb = new StringBuilder("[");
        if (steps > 0) {
            sb.append(steps).append(", ");
        }
        sb.append('B');
        for (long d : perSample) {
            sb.append(", ").append(d);
        }
        return sb.append(']').toString();
    }
}
