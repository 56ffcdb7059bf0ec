package org.snn4j.examples.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.random.RandomGenerator;

/**
 * Draws handwriting-like digits 0–9 as 28×28 grey images without any data or fonts.
 *
 * <p>Each digit is a few strokes (polylines and arcs) on a unit box; every sample applies a
 * random affine jitter (rotation ±{@value #MAX_ROTATION_DEG}°, scale, shear, offset) and a
 * random pen width, all drawn from the generator passed in. Pixels are in [0, 1], 1 = ink,
 * row-major with the top row first (MNIST's convention).
 */
public final class DigitRenderer {
    /** Image side in pixels. */
    public static final int SIDE = 28;
    static final double MAX_ROTATION_DEG = 12;

    private DigitRenderer() {
    }

    /** One jittered image of {@code digit}, as {@code SIDE*SIDE} floats. */
    public static float[] render(int digit, RandomGenerator rng) {
        if (digit < 0 || digit > 9) {
            throw new IllegalArgumentException("digit must be 0..9, got " + digit);
        }
        BufferedImage img = new BufferedImage(SIDE, SIDE, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.BLACK);
            g.fillRect(0, 0, SIDE, SIDE);
            AffineTransform t = new AffineTransform();
            t.translate(SIDE / 2.0 + uniform(rng, -1.5, 1.5), SIDE / 2.0 + uniform(rng, -1.5, 1.5));
            t.rotate(Math.toRadians(uniform(rng, -MAX_ROTATION_DEG, MAX_ROTATION_DEG)));
            t.shear(uniform(rng, -0.25, 0.25), 0);
            double s = uniform(rng, 15, 19);
            t.scale(s * uniform(rng, 0.8, 1.05), s);
            t.translate(-0.5, -0.5);
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke((float) uniform(rng, 1.8, 3.0), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(t.createTransformedShape(strokes(digit)));
        } finally {
            g.dispose();
        }
        float[] out = new float[SIDE * SIDE];
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                out[y * SIDE + x] = (img.getRaster().getSample(x, y, 0)) / 255f;
            }
        }
        return out;
    }

    private static double uniform(RandomGenerator rng, double lo, double hi) {
        return lo + (hi - lo) * rng.nextDouble();
    }

    /** The strokes of a digit in the unit box (x right, y down). */
    static Path2D strokes(int digit) {
        Path2D p = new Path2D.Double();
        switch (digit) {
            case 0 -> p.append(new java.awt.geom.Ellipse2D.Double(0.2, 0.05, 0.6, 0.9), false);
            case 1 -> {
                p.moveTo(0.35, 0.25);
                p.lineTo(0.55, 0.05);
                p.lineTo(0.55, 0.95);
            }
            case 2 -> {
                p.moveTo(0.2, 0.25);
                p.quadTo(0.5, -0.1, 0.78, 0.25);
                p.quadTo(0.85, 0.45, 0.2, 0.95);
                p.lineTo(0.85, 0.95);
            }
            case 3 -> {
                p.moveTo(0.2, 0.12);
                p.quadTo(0.9, 0.0, 0.75, 0.35);
                p.quadTo(0.65, 0.5, 0.4, 0.5);
                p.moveTo(0.4, 0.5);
                p.quadTo(0.95, 0.55, 0.75, 0.85);
                p.quadTo(0.5, 1.05, 0.18, 0.88);
            }
            case 4 -> {
                p.moveTo(0.65, 0.95);
                p.lineTo(0.65, 0.05);
                p.lineTo(0.15, 0.65);
                p.lineTo(0.85, 0.65);
            }
            case 5 -> {
                p.moveTo(0.8, 0.05);
                p.lineTo(0.3, 0.05);
                p.lineTo(0.25, 0.45);
                p.quadTo(0.9, 0.3, 0.8, 0.75);
                p.quadTo(0.6, 1.05, 0.2, 0.88);
            }
            case 6 -> {
                p.moveTo(0.75, 0.08);
                p.quadTo(0.2, 0.2, 0.22, 0.7);
                p.append(new java.awt.geom.Ellipse2D.Double(0.22, 0.45, 0.56, 0.5), false);
            }
            case 7 -> {
                p.moveTo(0.15, 0.05);
                p.lineTo(0.85, 0.05);
                p.lineTo(0.4, 0.95);
            }
            case 8 -> {
                p.append(new java.awt.geom.Ellipse2D.Double(0.27, 0.03, 0.46, 0.44), false);
                p.append(new java.awt.geom.Ellipse2D.Double(0.2, 0.47, 0.6, 0.5), false);
            }
            default -> {
                p.append(new java.awt.geom.Ellipse2D.Double(0.22, 0.05, 0.56, 0.5), false);
                p.moveTo(0.78, 0.3);
                p.quadTo(0.8, 0.8, 0.3, 0.95);
            }
        }
        return p;
    }
}
