package org.snn4j.examples.plot;

/**
 * Settings shared by the plot kinds.
 *
 * @param sample which recorded sample a raster or membrane plot shows, ≥ 0
 * @param frames time windows of a frames plot or GIF, ≥ 1
 * @param width  image width in pixels, ≥ 200
 * @param height image height in pixels, ≥ 150
 */
public record PlotOptions(int sample, int frames, int width, int height) {
    /** The smallest height. */
    public static final int MIN_HEIGHT = 150;

    public PlotOptions {
        if (sample < 0) {
            throw new IllegalArgumentException("--sample must be >= 0, got " + sample);
        }
        if (frames < 1 || frames > 100) {
            throw new IllegalArgumentException("--frames must be in 1..100, got " + frames);
        }
        if (width < 200 || height < MIN_HEIGHT || width > 8000 || height > 8000) {
            throw new IllegalArgumentException("--size must be at least 200x150 and at most 8000x8000, got "
                    + width + "x" + height);
        }
    }

    /** Sample 0, 6 frames, 900 × 560 pixels. */
    public static PlotOptions defaults() {
        return new PlotOptions(0, 6, 900, 560);
    }
}
