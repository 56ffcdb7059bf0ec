package org.snn4j.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snn4j.autograd.checkpoint.Checkpoint;

/**
 * The README's Java quickstart ({@code docs/quickstart/Quickstart.java}, the exact text) is under 30
 * lines, compiles against the library, and runs: it trains, evaluates and saves (here with tiny
 * limits passed as its {@code --set} arguments).
 */
class QuickstartTest {

    @Test
    void compilesAndRunsTheReadmeText(@TempDir Path tmp) throws Exception {
        assumeTrue(RepoFiles.sharedMnist() != null, "shared MNIST not found (set SNN4J_DATA)");
        Path source = RepoFiles.root().resolve("docs/quickstart/Quickstart.java");
        List<String> lines = Files.readAllLines(source);
        assertTrue(lines.size() < 30, "quickstart has " + lines.size() + " lines");
        Path src = Files.copy(source, tmp.resolve("Quickstart.java"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diag = new ByteArrayOutputStream();
        int rc = javac.run(null, diag, diag, "-classpath", System.getProperty("java.class.path"), "-d",
                tmp.toString(), src.toString());
        assertEquals(0, rc, diag.toString(StandardCharsets.UTF_8));

        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try (URLClassLoader cl = new URLClassLoader(new URL[] {tmp.toUri().toURL()}, getClass().getClassLoader())) {
            Method main = cl.loadClass("Quickstart").getMethod("main", String[].class);
            main.invoke(null, (Object) new String[] {"data.limitTrain=64", "data.limitTest=32"});
        } finally {
            System.setOut(saved);
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.matches("(?s).*loss \\d+\\.\\d{4}, test accuracy \\d\\.\\d{4}.*"), printed);
        Path ckpt = Path.of(System.getProperty("java.io.tmpdir"), "snn4j-quickstart");
        assertEquals("quickstart", ((java.util.Map<?, ?>) Checkpoint.readMetadata(ckpt).get("config")).get("name"));
    }
}
