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
    private final float[] padded;
    private final int imageWidth;
    private final int imageHeight;
    private final double scale;
    private final double originX;
    private final double originY;

    /**
     * @param image row-major intensities in [0, 1], {@code imageWidth × imageHeight} (copied)
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
        this.imageWidth = imageWidth;
        this.imageHeight = imageHeight;
        this.scale = scale;
        this.originX = originX;
        this.originY = originY;
        this.padded = pad(image, imageWidth, imageHeight, background);
    }

    /** The image scaled by {@code scale} and centred on a {@code sensorWidth × sensorHeight} sensor. */
    public static ImageScene centered(float[] image, int imageWidth, int imageHeight, double scale, int sensorWidth,
                                      int sensorHeight, float background) {
        double ox = (sensorWidth - imageWidth * scale) / 2;
        double oy = (sensorHeight - imageHeight * scale) / 2;
        return new ImageScene(image, imageWidth, imageHeight, scale, ox, oy, background);
    }

    /**
     * Writes the intensity of every sensor pixel (row-major) for motion offset (dx, dy). The
     * interpolation indices and weights depend only on the column (or row), so they are computed
     * once per column and row; a one-pixel background border makes every lookup branch-free.
     */
    public void render(double dx, double dy, int sensorWidth, int sensorHeight, float[] out) {
        int stride = imageWidth + 2;
        int[] col0 = new int[sensorWidth];
        int[] col1 = new int[sensorWidth];
        float[] fu = new float[sensorWidth];
        for (int x = 0; x < sensorWidth; x++) {
            double u = (x + 0.5 - originX - dx) / scale - 0.5;
            double u0 = Math.floor(u);
            fu[x] = (float) (u - u0);
            col0[x] = paddedIndex(u0, imageWidth);
            col1[x] = paddedIndex(u0 + 1, imageWidth);
        }
        for (int y = 0; y < sensorHeight; y++) {
            double v = (y + 0.5 - originY - dy) / scale - 0.5;
            double v0 = Math.floor(v);
            float fv = (float) (v - v0);
            int row0 = paddedIndex(v0, imageHeight) * stride;
            int row1 = paddedIndex(v0 + 1, imageHeight) * stride;
            for (int x = 0; x < sensorWidth; x++) {
                int c0 = col0[x];
                int c1 = col1[x];
                float top = padded[row0 + c0] + (padded[row0 + c1] - padded[row0 + c0]) * fu[x];
                float bottom = padded[row1 + c0] + (padded[row1 + c1] - padded[row1 + c0]) * fu[x];
                out[y * sensorWidth + x] = top + (bottom - top) * fv;
            }
        }
    }

    /** Index in the padded image of coordinate {@code i}: i + 1, with everything outside mapped to a border cell. */
    private static int paddedIndex(double i, int n) {
        return (int) Math.max(0, Math.min(n + 1, i + 1));
    }

    private static float[] pad(float[] image, int w, int h, float background) {
        float[] p = new float[(w + 2) * (h + 2)];
        java.util.Arrays.fill(p, background);
        for (int y = 0; y < h; y++) {
            System.arraycopy(image, y * w, p, (y + 1) * (w + 2) + 1, w);
        }
        return p;
    }
}
