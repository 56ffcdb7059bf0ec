package org.snn4j.experiment.data;

import java.util.Iterator;
import java.util.NoSuchElementException;
import org.snn4j.autograd.train.Batch;
import org.snn4j.autograd.train.BatchSource;
import org.snn4j.datasets.loader.BatchIterator;
import org.snn4j.datasets.loader.DataLoader;
import org.snn4j.datasets.loader.LoaderConfig;
import org.snn4j.datasets.loader.SampleSource;

/**
 * Batches streamed from disk through the {@code datasets} loader: a prefetching worker reads and
 * frames only the recordings of the next batches, so memory is a few batch buffers whatever the
 * dataset size. Each pass builds a {@link DataLoader} seeded with the pass's {@code epochSeed}
 * (shuffle and augmentation both follow it) and copies every batch out of the loader's reused
 * buffer.
 *
 * @param source    the samples, {@code [T, C, H, W]} each
 * @param batchSize samples per batch
 * @param shuffle   training order (seeded permutation) or index order
 */
public record StreamedFrames(SampleSource source, int batchSize, boolean shuffle) implements BatchSource {

    @Override
    public long numSamples() {
        return source.size();
    }

    @Override
    public Iterator<Batch> batches(long epochSeed) {
        LoaderConfig config = new LoaderConfig(batchSize, shuffle, shuffle ? epochSeed : 0, false, 2, false);
        BatchIterator it = new DataLoader(source, config).epoch(0);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                boolean more = it.hasNext();
                if (!more) {
                    it.close();
                }
                return more;
            }

            @Override
            public Batch next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("pass finished");
                }
                org.snn4j.datasets.loader.Batch b = it.next();
                return new Batch(b.features().dup('c'), b.labels().clone());
            }
        };
    }
}
