package org.snn4j.datasets.emulator;

/**
 * A static grayscale image placed on the sensor and seen through a moving camera.
 *
 * <p>Image pixel (u, v) (column, row, intensities in [0, 1]) covers the sensor square of side
 * {@code scale} whose top-left corner is (originX + u·scale + dx, originY + v·scale + dy), where
 * (dx, dy) is the current {@link Motion} offset. The intensity seen by sensor pixel (x, y) is
 * the bilinear interpolation of the image at the pixel centre, which gives smooth sub-pixel
 * motion; outside the image the scene shows {@code background}.
 */
public final class ImageScene {
    private final float[] image;
    private final int imageWidth;
    private final int imageHeight;
    private final double scale;
    private final double originX;
    private final double originY;
    private final float background;

    /**
     * @param image row-major intensities in [0, 1], {@code imageWidth × imageHeight} (not copied)
     * @param scale sensor pixels per image pixel, > 0
     */
    public ImageScene(float[] image, int imageWidth, int imageHeight, double scale, double originX, double originY,
                      float background) {
        if (imageWidth < 1 || imageHeight < 1 || image.length != imageWidth * imageHeight) {
            throw new IllegalArgumentException("image must hold imageWidth x imageHeight = " + imageWidth + "x"
                    + imageHeight + " values, got " + image.length);
        }
        if (!(scale > 0)) {
            throw new IllegalArgumentException("scale must be > 0, got " + scale);
        }
        this.image = image;
        this.imageWidth = imageWidth;
        this.imageHeight = imageHeight;
        this.scale = scale;
        this.originX = originX;
        this.originY = originY;
        this.background = background;
    }

    /** The image scaled by {@code scale} and centred on a {@code sensorWidth × sensorHeight} sensor. */
    public static ImageScene centered(float[] image, int imageWidth, int imageHeight, double scale, int sensorWidth,
                                      int sensorHeight, float background) {
        double ox = (sensorWidth - imageWidth * scale) / 2;
        double oy = (sensorHeight - imageHeight * scale) / 2;
        return new ImageScene(image, imageWidth, imageHeight, scale, ox, oy, background);
    }

    /** Writes the intensity of every sensor pixel (row-major) for motion offset (dx, dy). */
    public void render(double dx, double dy, int sensorWidth, int sensorHeight, float[] out) {
        for (int y = 0; y < sensorHeight; y++) {
            double v = (y + 0.5 - originY - dy) / scale - 0.5;
            for (int x = 0; x < sensorWidth; x++) {
                double u = (x + 0.5 - originX - dx) / scale - 0.5;
                out[y * sensorWidth + x] = bilinear(u, v);
            }
        }
    }

    private float bilinear(double u, double v) {
        int u0 = (int) Math.floor(u);
        int v0 = (int) Math.floor(v);
        double fu = u - u0;
        double fv = v - v0;
        double top = at(u0, v0) * (1 - fu) + at(u0 + 1, v0) * fu;
        double bottom = at(u0, v0 + 1) * (1 - fu) + at(u0 + 1, v0 + 1) * fu;
        return (float) (top * (1 - fv) + bottom * fv);
    }

    private float at(int u, int v) {
        if (u < 0 || v < 0 || u >= imageWidth || v >= imageHeight) {
            return background;
        }
        return image[v * imageWidth + u];
    }
}
