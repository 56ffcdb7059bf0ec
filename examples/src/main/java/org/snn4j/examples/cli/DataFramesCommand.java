package org.snn4j.examples.cli;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import org.snn4j.datasets.events.Events;
import org.snn4j.datasets.io.EventFormat;
import org.snn4j.datasets.transforms.Frames;
import org.snn4j.datasets.transforms.ToFrames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code snn4j data frames FILE... --out PNG}: renders each event file as one row of time-sliced
 * frames (ON events red, OFF events green, black background) for a quick visual check.
 */
@Command(name = "frames", mixinStandardHelpOptions = true,
        description = "Render event files as rows of frames into a PNG (ON red, OFF green).")
final class DataFramesCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Event files.")
    List<Path> files;

    @Option(names = "--frames", defaultValue = "6", description = "Frames per file (default ${DEFAULT-VALUE}).")
    int frames;

    @Option(names = "--scale", defaultValue = "4", description = "Pixel magnification (default ${DEFAULT-VALUE}).")
    int scale;

    @Option(names = "--out", required = true, description = "PNG file to write.")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (frames < 1 || scale < 1) {
            throw new IllegalArgumentException("--frames and --scale must be >= 1");
        }
        OutputTargets.file("--out", out);
        Events[] all = new Events[files.size()];
        int w = 0;
        int h = 0;
        for (int i = 0; i < all.length; i++) {
            all[i] = EventFormat.readAny(files.get(i));
            w = Math.max(w, all[i].width());
            h = Math.max(h, all[i].height());
        }
        int gap = 2;
        BufferedImage img = new BufferedImage(frames * (w * scale + gap), all.length * (h * scale + gap), BufferedImage.TYPE_INT_RGB);
        for (int r = 0; r < all.length; r++) {
            Frames f = ToFrames.byTime(frames).encode(all[r]);
            draw(img, f, r, w, h, gap);
        }
        ImageIO.write(img, "png", out.toFile());
        System.out.println("wrote " + out + " (" + all.length + " rows x " + frames + " frames)");
        return 0;
    }

    private void draw(BufferedImage img, Frames f, int row, int w, int h, int gap) {
        int fh = f.dim(2);
        int fw = f.dim(3);
        float max = 1;
        for (float v : f.data()) {
            max = Math.max(max, v);
        }
        for (int k = 0; k < frames; k++) {
            for (int y = 0; y < fh * scale; y++) {
                for (int x = 0; x < fw * scale; x++) {
                    float on = f.get(k, 1, y / scale, x / scale) / max;
                    float off = f.get(k, 0, y / scale, x / scale) / max;
                    int red = (int) Math.min(255, 255 * Math.sqrt(on));
                    int green = (int) Math.min(255, 255 * Math.sqrt(off));
                    img.setRGB(k * (w * scale + gap) + x, row * (h * scale + gap) + y, (red << 16) | (green << 8));
                }
            }
        }
    }
}
