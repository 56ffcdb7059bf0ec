package org.snn4j.examples.stdp;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * The learned input weights of each excitatory neuron as a grey-scale {@code side × side} tile,
 * tiles in a square grid with a one-pixel grey gap, each tile scaled to its own maximum (white = the
 * strongest synapse), magnified {@code scale} times. Written as PNG.
 */
public final class ReceptiveFields {
    private static final int GAP = 96;

    private ReceptiveFields() {
    }

    /**
     * @param weights {@code [inputs][neurons]}, inputs = side²
     * @param side    image side (28 for MNIST)
     * @param scale   pixel magnification, ≥ 1
     */
    public static BufferedImage render(double[][] weights, int side, int scale) {
        int n = weights[0].length;
        int cols = (int) Math.ceil(Math.sqrt(n));
        int rows = (n + cols - 1) / cols;
        int tile = side * scale + 1;
        BufferedImage img = new BufferedImage(cols * tile + 1, rows * tile + 1, BufferedImage.TYPE_BYTE_GRAY);
        java.awt.image.WritableRaster r = img.getRaster();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                r.setSample(x, y, 0, GAP);
            }
        }
        for (int j = 0; j < n; j++) {
            double max = 0;
            for (double[] row : weights) {
                max = Math.max(max, row[j]);
            }
            int x0 = (j % cols) * tile + 1;
            int y0 = (j / cols) * tile + 1;
            for (int p = 0; p < side * side; p++) {
                int grey = max > 0 ? (int) Math.round(255 * weights[p][j] / max) : 0;
                for (int dy = 0; dy < scale; dy++) {
                    for (int dx = 0; dx < scale; dx++) {
                        r.setSample(x0 + (p % side) * scale + dx, y0 + (p / side) * scale + dy, 0, grey);
                    }
                }
            }
        }
        return img;
    }

    /** Renders and writes the PNG. */
    public static void write(double[][] weights, int side, int scale, Path file) throws IOException {
        Path abs = file.toAbsolutePath();
        if (abs.getParent() != null) {
            Files.createDirectories(abs.getParent());
        }
        ImageIO.write(render(weights, side, scale), "png", abs.toFile());
    }
}
