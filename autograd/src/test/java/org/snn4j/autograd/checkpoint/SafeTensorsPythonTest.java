package org.snn4j.autograd.checkpoint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * An snn4j-written file parsed by an independent reader: a stdlib-only Python script (json +
 * struct) that follows the published safetensors layout and prints every tensor as JSON.
 */
class SafeTensorsPythonTest {
    private static final String READER = String.join("\n",
            "import json, struct, sys",
            "raw = open(sys.argv[1], 'rb').read()",
            "(n,) = struct.unpack('<Q', raw[:8])",
            "header = json.loads(raw[8:8 + n].decode('utf-8'))",
            "data = raw[8 + n:]",
            "fmt = {'F32': ('f', 4), 'F64': ('d', 8), 'I64': ('q', 8)}",
            "out = {'__metadata__': header.pop('__metadata__', {})}",
            "for name, t in header.items():",
            "    code, size = fmt[t['dtype']]",
            "    b, e = t['data_offsets']",
            "    count = 1",
            "    for d in t['shape']: count *= d",
            "    assert e - b == count * size",
            "    out[name] = {'dtype': t['dtype'], 'shape': t['shape'],",
            "                 'values': list(struct.unpack('<%d%s' % (count, code), data[b:e]))}",
            "print(json.dumps(out))");

    @TempDir
    Path tmp;

    private static String python() {
        for (String candidate : new String[] {"/usr/bin/python3", "python3"}) {
            for (String dir : candidate.startsWith("/") ? new String[] {""} : System.getenv("PATH").split(File.pathSeparator)) {
                File f = candidate.startsWith("/") ? new File(candidate) : new File(dir, candidate);
                if (f.canExecute()) {
                    return f.getPath();
                }
            }
        }
        return null;
    }

    @Test
    void pythonStdlibReaderSeesTheSameValues() throws Exception {
        String python = python();
        Assumptions.assumeTrue(python != null, "no python3 on PATH");
        Map<String, INDArray> tensors = new LinkedHashMap<>();
        tensors.put("features.0.weight", Nd4j.arange(12).castTo(DataType.FLOAT).subi(5.5).muli(0.3).reshape(3, 4).transpose());
        tensors.put("features.0.bias", Nd4j.createFromArray(0.1f, -0.2f, 1e-30f));
        tensors.put("bn.running_var", Nd4j.createFromArray(Math.PI, -Math.E).reshape(1, 2));
        tensors.put("step", Nd4j.scalar(7.0));
        tensors.put("counts", Nd4j.createFromArray(3L, -4L, 1L << 50));
        Path f = tmp.resolve("weights.safetensors");
        SafeTensors.write(f, tensors, Map.of("producer", "snn4j"));

        JsonNode parsed = new ObjectMapper().readTree(run(python, f));
        assertEquals("snn4j", parsed.get("__metadata__").get("producer").asText());
        for (Map.Entry<String, INDArray> e : tensors.entrySet()) {
            JsonNode t = parsed.get(e.getKey());
            INDArray a = e.getValue();
            assertEquals(a.dataType() == DataType.FLOAT ? "F32" : a.dataType() == DataType.DOUBLE ? "F64" : "I64",
                    t.get("dtype").asText(), e.getKey());
            long[] shape = new long[t.get("shape").size()];
            for (int i = 0; i < shape.length; i++) {
                shape[i] = t.get("shape").get(i).asLong();
            }
            assertArrayEquals(a.shape(), shape, e.getKey());
            double[] expected = a.dup('c').data().asDouble();
            double[] got = new double[t.get("values").size()];
            for (int i = 0; i < got.length; i++) {
                got[i] = t.get("values").get(i).asDouble();
            }
            assertArrayEquals(java.util.Arrays.copyOf(expected, (int) a.length()), got, 0.0, e.getKey());
        }
    }

    private String run(String python, Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(python, "-c", READER, file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        assertEquals(0, p.exitValue(), "python reader failed: " + out);
        Files.writeString(tmp.resolve("python-output.json"), out);
        return out;
    }
}
