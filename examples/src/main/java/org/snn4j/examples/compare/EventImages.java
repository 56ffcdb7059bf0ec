package org.snn4j.examples.compare;

import java.io.IOException;
import java.util.SplittableRandom;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.datasets.EvenSubset;
import org.snn4j.datasets.EventDataset;
import org.snn4j.datasets.transforms.FramePipeline;
import org.snn4j.datasets.transforms.Frames;
import org.snn4j.datasets.transforms.NormalizeFrames;
import org.snn4j.datasets.transforms.Resize;
import org.snn4j.datasets.transforms.ToFrames;
import org.snn4j.experiment.data.ImageData;

/**
 * Event recordings as rate images an ANN can be trained on and a converted SNN can take as
 * constant current: each recording is resized to H×W ({@link Resize}, area binning), its events
 * are counted per polarity over the whole recording ({@link ToFrames#byTime} with one slice) and
 * the counts are divided by the recording's largest count ({@link NormalizeFrames.Mode#MAX}), so
 * image {@code i} is {@code c_i[p, y, x] / max c_i} in [0, 1], shaped {@code [N, 2, H, W]}.
 */
public final class EventImages {
    private EventImages() {
    }

    /** The pipeline that turns one recording into a {@code [1, 2, h, w]} rate image. */
    public static FramePipeline pipeline(int h, int w) {
        return FramePipeline.of(new Resize(w, h), ToFrames.byTime(1)).then(new NormalizeFrames(NormalizeFrames.Mode.MAX));
    }

    /** At most {@code limit} ({@link EvenSubset}; null: all) recordings of {@code recordings} as images. */
    public static ImageData load(EventDataset recordings, int h, int w, Integer limit) throws IOException {
        EventDataset ds = EvenSubset.of(recordings, limit == null ? 0 : limit);
        if (ds.size() == 0) {
            throw new IllegalArgumentException(recordings.name() + ": no recordings in this split");
        }
        FramePipeline p = pipeline(h, w);
        int len = 2 * h * w;
        float[] pixels = new float[Math.multiplyExact(ds.size(), len)];
        int[] labels = new int[ds.size()];
        SplittableRandom unused = new SplittableRandom(0); // the pipeline is deterministic
        for (int i = 0; i < ds.size(); i++) {
            Frames f = p.apply(ds.get(i).events(), unused);
            System.arraycopy(f.data(), 0, pixels, i * len, len);
            labels[i] = ds.label(i);
        }
        return new ImageData(Nd4j.create(pixels, new long[] {ds.size(), 2, h, w}, 'c'), labels);
    }
}
