package org.snn4j.examples.plot;

import java.io.IOException;
import java.nio.file.Path;

/**
 * One kind of {@code snn4j plot}: what it reads and how it draws it.
 *
 * @param input       what INPUT must be (for the help text)
 * @param description what the plot shows
 * @param renderer    reads INPUT and writes the plot
 */
public record PlotKind(String input, String description, Renderer renderer) {

    /** Reads {@code input} and writes the plot to {@code out}. */
    @FunctionalInterface
    public interface Renderer {
        void render(Path input, Path out, PlotOptions options) throws IOException;
    }

    /** Renders {@code input} to {@code out}. */
    public void render(Path in, Path out, PlotOptions options) throws IOException {
        renderer.render(in, out, options);
    }
}
