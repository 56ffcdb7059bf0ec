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

    /**
     * Bytes of the layer outputs one training step of {@code batch} samples produces in float32:
     * {@code 4 · batch · max(T, 1) · Σ_layers |output|}. Back-propagation through time keeps most of
     * them (or state of the same size) until the backward pass and adds gradients of the same shapes,
     * so a step's peak is a multiple of this: the {@code dvs-gesture-plif} preset (128×128 frames,
     * T = 20, batch 16) has 10.8 GiB of outputs and was measured at about 18 GiB resident.
     */
    public long activationBytes(int batch) {
        long values = 0;
        for (Row r : rows) {
            values = Math.addExact(values, Arrays.stream(r.output()).reduce(1, Math::multiplyExact));
        }
        return Math.multiplyExact(Math.multiplyExact(values, 4L * Math.max(steps, 1)), batch);
    }

    /**
     * The line printed under the table: the layer outputs of one step ({@link #activationBytes}), and a
     * warning with a batch size that fits when they exceed half of {@code physicalBytes} (the step
     * would then need more memory than the machine has).
     */
    public String memoryLine(int batch, long physicalBytes) {
        long bytes = activationBytes(batch);
        String line = String.format(Locale.ROOT, "layer outputs per training step (float32, batch %d): %.2f GiB",
                batch, bytes / (double) (1L << 30));
        if (physicalBytes <= 0 || 2 * bytes <= physicalBytes) {
            return line + "\n";
        }
        long perSample = Math.max(1, bytes / Math.max(1, batch));
        long fits = Math.max(1, physicalBytes / 2 / perSample);
        return line + String.format(Locale.ROOT, "%nwarning: a step needs a multiple of that, more than this machine's"
                + " %.1f GiB of memory; lower train.batchSize (about %d fits) or the frame size%n",
                physicalBytes / (double) (1L << 30), fits);
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
