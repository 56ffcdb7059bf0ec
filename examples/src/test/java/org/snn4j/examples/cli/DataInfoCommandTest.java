package org.snn4j.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code data info} and {@code data stats --json} on the real sample files of shared/data. */
class DataInfoCommandTest {
    private static String run(String... args) throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            assertEquals(0, Snn4jCli.commandLine().execute(args));
        } finally {
            System.setOut(saved);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    private static Path shared(String relative) {
        String env = System.getenv("SNN4J_DATA");
        for (String c : new String[] {env == null ? "" : env, "../shared/data", "../../shared/data"}) {
            Path p = Path.of(c).resolve(relative).toAbsolutePath().normalize();
            if (!c.isEmpty() && Files.exists(p)) {
                return p;
            }
        }
        assumeTrue(false, "shared data file " + relative + " not found (set SNN4J_DATA)");
        return null;
    }

    @Test
    void davis346HeaderGivesItsSensorAndNoSentinels() throws Exception {
        Path f = shared("aedat2-davis346-header/sample_aedat_header.aedat");
        String info = run("data", "info", f.toString());
        assertTrue(info.contains("sensor:    346x260 (eu.seebetter.ini.chips.davis.Davis346red)"), info);
        assertTrue(info.contains("events:    0"), info);
        assertTrue(!info.contains("2147483647") && !info.contains("-1"), info);
        String tsv = run("data", "stats", f.toString()).lines().toList().get(1);
        assertEquals(f + "\tAEDAT2\t346x260\t0\t0/0\t-\t-\t-\t0\t0\t0", tsv);
        JsonNode j = new ObjectMapper().readTree(run("data", "stats", "--json", f.toString())).get(0);
        assertTrue(j.get("minX").isNull() && j.get("firstT").isNull() && j.get("onFraction").isNull(), j.toString());
        assertEquals(346, j.get("width").asInt());
    }

    @Test
    void aedat4SumOfTimestampsIsExact() throws Exception {
        Path f = shared("aedat4-dvxplorer-sample/sample.aedat4");
        JsonNode j = new ObjectMapper().readTree(run("data", "stats", "--json", f.toString())).get(0);
        assertEquals(111_954, j.get("events").asLong());
        assertEquals(55_023, j.get("on").asLong());
        assertEquals(18_342_405, j.get("sumX").asLong());
        // the overflowed long was -4721096133666234532; the exact sum is that plus 10 * 2^64
        BigInteger expected = BigInteger.valueOf(-4721096133666234532L).add(BigInteger.ONE.shiftLeft(64).multiply(
                BigInteger.TEN));
        assertEquals(expected, j.get("sumT").bigIntegerValue());
        assertTrue(run("data", "stats", f.toString()).contains("\t" + expected), "TSV prints the exact sum");
        String info = run("data", "info", f.toString());
        assertTrue(info.contains("sensor:    320x240") && info.contains("duration:  0.589917 s")
                && info.contains("55023 ON / 56931 OFF (49.1% ON)"), info);
    }
}
