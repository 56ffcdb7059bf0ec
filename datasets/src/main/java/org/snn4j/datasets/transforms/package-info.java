/**
 * Transforms: immutable, composable value objects that turn an {@link org.snn4j.datasets.events.Events}
 * stream into another stream ({@link org.snn4j.datasets.transforms.EventTransform}), into a dense tensor
 * ({@link org.snn4j.datasets.transforms.FrameEncoder}: {@link org.snn4j.datasets.transforms.ToFrames},
 * {@link org.snn4j.datasets.transforms.ToSpikeTensor}) or rework such a tensor
 * ({@link org.snn4j.datasets.transforms.FrameTransform}, e.g. the training shift
 * {@link org.snn4j.datasets.transforms.FrameShift}, used for images, frames and spike tensors alike).
 *
 * <p>Randomness is always passed in: every transform takes a
 * {@link java.util.random.RandomGenerator} per call, so the same generator state gives the same
 * result. Deterministic transforms ignore it. Each transform is a record whose canonical text form
 * ({@link org.snn4j.datasets.transforms.EventTransform#describe()}) is its configuration; the
 * on-disk frame cache hashes that text (see {@link org.snn4j.datasets.transforms.FramePipeline}).
 *
 * <p>Coordinates follow {@code Events}: x is the column, y the row, origin top-left; polarity 1 =
 * ON. Dense outputs are {@code float[T][2][H][W]} in C order with channel index = polarity
 * (0 = OFF, 1 = ON), stored flat in {@link org.snn4j.datasets.transforms.Frames}.
 */
package org.snn4j.datasets.transforms;
