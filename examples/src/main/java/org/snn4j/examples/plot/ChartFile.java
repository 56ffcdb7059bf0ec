package org.snn4j.examples.plot;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;

/**
 * Writes a JFreeChart chart as PNG (JFreeChart's encoder) or SVG (JFreeSVG), chosen by the file
 * extension. Parent folders are created.
 */
public final class ChartFile {
    static {
        System.setProperty("java.awt.headless", "true");
    }

    private ChartFile() {
    }

    /**
     * Writes {@code chart} at {@code width × height} pixels to {@code file} ({@code .png} or {@code .svg}).
     *
     * @throws IllegalArgumentException for any other extension
     */
    public static void write(JFreeChart chart, Path file, int width, int height) throws IOException {
        String ext = extension(file);
        Path abs = file.toAbsolutePath();
        if (abs.getParent() != null) {
            Files.createDirectories(abs.getParent());
        }
        switch (ext) {
            case "png" -> ChartUtils.saveChartAsPNG(abs.toFile(), chart, width, height);
            case "svg" -> {
                SVGGraphics2D g2 = new SVGGraphics2D(width, height);
                chart.draw(g2, new Rectangle(0, 0, width, height));
                SVGUtils.writeToSVG(abs.toFile(), g2.getSVGElement());
            }
            default -> throw new IllegalArgumentException(file + ": unknown plot format '" + ext
                    + "'; use a .png or .svg file name");
        }
    }

    /** The chart drawn into an image (for animations). */
    public static BufferedImage image(JFreeChart chart, int width, int height) {
        return chart.createBufferedImage(width, height);
    }

    /** The lower-case extension of {@code file}, or "" when it has none. */
    public static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
