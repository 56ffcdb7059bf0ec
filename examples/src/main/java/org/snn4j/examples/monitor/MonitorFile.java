package org.snn4j.examples.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.checkpoint.SafeTensors;
import org.snn4j.autograd.checkpoint.SafeTensorsFile;

/**
 * A {@link MonitorRecording} on disk: {@code NAME.safetensors} holds the tensors, named by layer,
 * and {@code NAME.json} beside it says what they are. Python reads both with
 * {@code safetensors.numpy.load_file} and {@code json.load}.
 *
 * <pre>
 * tensors (float32)      shape       meaning
 * LAYER.spikes           [S, T, N]   0/1 spikes of S samples, T steps, N neurons (row-major per sample)
 * LAYER.membrane         [S, T, K]   pre-reset membrane of the K neurons listed in "traced"
 * LAYER.rates            [N]         spikes per step of each neuron, averaged over S and T
 *
 * sidecar: {"format": "snn4j-monitor", "version": 1, "tensors": "NAME.safetensors",
 *           "samples": S, "steps": T, "labels": [..], "predictions": [..],
 *           "layers": [{"layer": "2", "neurons": N, "threshold": 1.0, "firingRate": 0.08,
 *                       "traced": [..], "tensors": {"spikes": "2.spikes", ...}}], ...extra}
 * </pre>
 */
public final class MonitorFile {
    /** The sidecar's {@code format} value. */
    public static final String FORMAT = "snn4j-monitor";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private MonitorFile() {
    }

    /** The sidecar of {@code tensors} ({@code x.safetensors} → {@code x.json}). */
    public static Path sidecar(Path tensors) {
        String name = tensors.getFileName().toString();
        String stem = name.endsWith(".safetensors") ? name.substring(0, name.length() - ".safetensors".length()) : name;
        return tensors.resolveSibling(stem + ".json");
    }

    /** Writes the tensors to {@code file} and the sidecar beside it; {@code extra} goes into the sidecar. */
    public static void write(Path file, MonitorRecording r, Map<String, Object> extra) throws IOException {
        Map<String, INDArray> tensors = new LinkedHashMap<>();
        ObjectNode side = JSON.createObjectNode();
        side.put("format", FORMAT).put("version", 1).put("tensors", file.getFileName().toString());
        side.put("samples", r.samples()).put("steps", r.steps());
        ArrayNode labels = side.putArray("labels");
        ArrayNode preds = side.putArray("predictions");
        for (int i = 0; i < r.samples(); i++) {
            labels.add(r.labels()[i]);
            preds.add(r.predictions()[i]);
        }
        ArrayNode layers = side.putArray("layers");
        for (LayerRecording l : r.layers()) {
            ObjectNode j = layers.addObject();
            j.put("layer", l.layer()).put("neurons", l.neurons()).put("threshold", l.threshold())
                    .put("firingRate", l.firingRate());
            l.traced().forEach(j.putArray("traced")::add);
            ObjectNode names = j.putObject("tensors");
            put(tensors, names, l.layer(), "spikes", l.spikes());
            put(tensors, names, l.layer(), "membrane", l.membrane());
            put(tensors, names, l.layer(), "rates", l.rates());
        }
        extra.forEach((k, v) -> side.set(k, JSON.valueToTree(v)));
        Path abs = file.toAbsolutePath();
        Files.createDirectories(abs.getParent());
        SafeTensors.write(abs, tensors, Map.of("format", FORMAT));
        Files.writeString(sidecar(abs), JSON.writeValueAsString(side));
    }

    private static void put(Map<String, INDArray> tensors, ObjectNode names, String layer, String kind, INDArray a) {
        if (a != null) {
            String name = layer + "." + kind;
            tensors.put(name, a.castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT));
            names.put(kind, name);
        }
    }

    /**
     * Reads a recording from its tensors file or its sidecar.
     *
     * @throws IllegalArgumentException one line naming the file and what is missing
     */
    public static MonitorRecording read(Path file) throws IOException {
        Path tensorsFile = file.toString().endsWith(".json") ? null : file;
        Path side = tensorsFile == null ? file : sidecar(file);
        if (!Files.isRegularFile(side)) {
            throw new IllegalArgumentException(side + ": monitor sidecar not found (written by train/eval --monitor)");
        }
        JsonNode j = JSON.readTree(side.toFile());
        if (!FORMAT.equals(j.path("format").asText())) {
            throw new IllegalArgumentException(side + ": field 'format' is not \"" + FORMAT + "\"; not a monitor file");
        }
        if (tensorsFile == null) {
            tensorsFile = side.resolveSibling(j.path("tensors").asText());
        }
        SafeTensorsFile st = SafeTensors.read(tensorsFile);
        List<LayerRecording> layers = new ArrayList<>();
        for (JsonNode l : j.path("layers")) {
            List<Integer> traced = new ArrayList<>();
            l.path("traced").forEach(n -> traced.add(n.asInt()));
            JsonNode names = l.path("tensors");
            layers.add(new LayerRecording(l.path("layer").asText(), l.path("neurons").asInt(),
                    l.path("threshold").asDouble(Double.NaN), l.path("firingRate").asDouble(Double.NaN),
                    tensor(st, names, "spikes"), tensor(st, names, "membrane"), traced, tensor(st, names, "rates")));
        }
        return new MonitorRecording(j.path("samples").asInt(), j.path("steps").asInt(), ints(j.path("labels")),
                ints(j.path("predictions")), layers);
    }

    private static INDArray tensor(SafeTensorsFile st, JsonNode names, String kind) {
        return names.has(kind) ? st.tensors().get(names.get(kind).asText()) : null;
    }

    private static int[] ints(JsonNode a) {
        int[] out = new int[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.get(i).asInt();
        }
        return out;
    }
}
