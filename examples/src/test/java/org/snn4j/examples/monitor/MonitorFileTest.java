package org.snn4j.examples.monitor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.checkpoint.SafeTensors;
import org.snn4j.examples.monitor.MonitorRequest.Kind;

/** The monitor file: tensors named by layer plus a JSON sidecar, read back exactly. */
class MonitorFileTest {

    @Test
    void roundTripsTensorsAndSidecar(@TempDir Path dir) throws Exception {
        INDArray spikes = Nd4j.create(new float[] {1, 0, 0, 1, 1, 1, 0, 0, 0, 1, 0, 1}, new long[] {2, 3, 2}, 'c');
        INDArray membrane = Nd4j.create(new float[] {0.5f, 1.2f, 0.1f, 0.3f, 0.9f, 1.1f}, new long[] {2, 3, 1}, 'c');
        INDArray rates = spikes.mean(0, 1);
        LayerRecording l = new LayerRecording("features.3", 2, 1.0, 0.5, spikes, membrane, List.of(1), rates);
        LayerRecording out = new LayerRecording("5", 10, Double.NaN, 0.1, null, null, List.of(), rates.dup());
        MonitorRecording r = new MonitorRecording(2, 3, new int[] {7, 2}, new int[] {7, 1}, List.of(l, out));
        Path f = dir.resolve("m/monitor.safetensors");
        MonitorFile.write(f, r, Map.of("preset", "demo"));

        assertEquals(List.of("features.3.spikes", "features.3.membrane", "features.3.rates", "5.rates"),
                List.copyOf(SafeTensors.read(f).tensors().keySet()), "tensors named by layer");
        JsonNode side = new ObjectMapper().readTree(dir.resolve("m/monitor.json").toFile());
        assertEquals("snn4j-monitor", side.get("format").asText());
        assertEquals("monitor.safetensors", side.get("tensors").asText());
        assertEquals("demo", side.get("preset").asText());
        assertEquals("features.3.spikes", side.get("layers").get(0).get("tensors").get("spikes").asText());

        MonitorRecording back = MonitorFile.read(dir.resolve("m/monitor.json"));
        assertArrayEquals(new int[] {7, 2}, back.labels());
        assertEquals(spikes.castTo(DataType.FLOAT), back.layer("features.3").spikes());
        assertEquals(membrane, back.layer("features.3").membrane());
        assertEquals(List.of(1), back.layer("features.3").traced());
        assertNull(back.layer("5").spikes());
        assertTrue(Double.isNaN(back.layer("5").threshold()));
    }

    @Test
    void refusesAFileThatIsNotAMonitorFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("x.json");
        Files.writeString(f, "{\"format\": \"other\"}");
        assertEquals(f + ": field 'format' is not \"snn4j-monitor\"; not a monitor file",
                assertThrows(IllegalArgumentException.class, () -> MonitorFile.read(f)).getMessage());
    }

    @Test
    void parsesKindsAndLayers() {
        MonitorRequest r = MonitorRequest.parse("spikes,rates:1,features.3", 8);
        assertEquals(EnumSet.of(Kind.SPIKES, Kind.RATES), r.kinds());
        assertEquals(List.of("1", "features.3"), r.layers());
        assertEquals(8, r.samples());
        assertEquals(List.of(), MonitorRequest.parse("membrane", 1).layers());
        assertEquals("--monitor-samples must be >= 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> MonitorRequest.parse("spikes", 0)).getMessage());
    }
}
