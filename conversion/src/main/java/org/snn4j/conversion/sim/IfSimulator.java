package org.snn4j.conversion.sim;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.train.Batch;
import org.snn4j.autograd.train.BatchSource;
import org.snn4j.conversion.SpikingNetwork;
import org.snn4j.conversion.network.AvgPoolOp;
import org.snn4j.conversion.network.ConvertedNetwork;
import org.snn4j.conversion.network.SynapseOp;
import org.snn4j.neurons.model.Readout;
import org.snn4j.neurons.model.ResetMode;

/**
 * Simulates a converted network of IF neurons (Diehl et al. 2015) over whole batches, with reset
 * by subtraction or to zero (Rueckauer et al. 2017, eqs. 1–3): at every step each layer's synapses
 * run as one batched GEMM/convolution over {@code [B, …]}, and the neuron update is the neurons
 * module's IF step ({@link LayerState}). One run of {@code max(T)} steps yields the accuracy at
 * every T of {@link SimulationConfig#timesteps()} (the accuracy-vs-T curve) and, if asked, the
 * per-layer rate diagnostics of Rueckauer et al. 2017 at each of those T.
 *
 * <p>With constant input the first layer's current is computed once per batch. A layer whose
 * spikes go straight into average pooling emits them already pooled (one Java pass instead of an
 * ND4J pooling call per step). Every membrane starts at 0. A step allocates nothing: the states,
 * the native convolution/matmul outputs and the spike arrays are created once per batch and
 * updated in place ({@link PreparedSynapses}, {@link SpikeOutput}), so large batches (e.g. 1,000
 * images) cost one GEMM/convolution per layer and step.
 */
public final class IfSimulator {
    private IfSimulator() {
    }

    /** Simulates every batch of {@code data} ({@code data.batches(0)}) and aggregates. */
    public static SimulationResult run(SpikingNetwork snn, BatchSource data, SimulationConfig cfg) {
        long t0 = System.nanoTime();
        int[] ts = cfg.timesteps();
        long[] correct = new long[ts.length];
        DiagnosticSums[][] sums = newSums(ts.length, snn.layers());
        long samples = 0;
        int batchIndex = 0;
        Iterator<Batch> it = data.batches(0);
        while (it.hasNext()) {
            Batch b = it.next();
            SplittableRandom rng = new SplittableRandom(cfg.seed() ^ (0x9E3779B97F4A7C15L * (batchIndex + 1L)));
            BatchRun r = simulate(snn, b.input(), cfg, rng);
            for (int k = 0; k < ts.length; k++) {
                for (int i = 0; i < b.size(); i++) {
                    correct[k] += r.predictions[k][i] == b.labels()[i] ? 1 : 0;
                }
                for (int l = 0; l < snn.layers() && cfg.diagnostics(); l++) {
                    sums[k][l].merge(r.sums[k][l]);
                }
            }
            samples += b.size();
            batchIndex++;
        }
        double[] acc = new double[ts.length];
        List<List<LayerDiagnostics>> diag = new ArrayList<>();
        for (int k = 0; k < ts.length; k++) {
            acc[k] = samples == 0 ? Double.NaN : (double) correct[k] / samples;
            List<LayerDiagnostics> row = new ArrayList<>();
            for (int l = 0; l < snn.layers() && cfg.diagnostics(); l++) {
                row.add(sums[k][l].result(l + 1, ts[k]));
            }
            diag.add(row);
        }
        return new SimulationResult(ts, acc, diag, samples, (System.nanoTime() - t0) / 1e9);
    }

    /** Predictions and diagnostic sums of one batch. */
    record BatchRun(int[][] predictions, DiagnosticSums[][] sums, List<INDArray> finalCounts,
                    List<INDArray> finalMembranes) {
    }

    /** Simulates one batch {@code x [B, inputShape…]}. */
    static BatchRun simulate(SpikingNetwork snn, INDArray input, SimulationConfig cfg, SplittableRandom rng) {
        ConvertedNetwork net = snn.network();
        net.requireInput(input);
        DataType type = net.stages().get(0).weighted().weight().dataType();
        INDArray x = input.castTo(type);
        int batch = (int) x.size(0);
        int layers = snn.layers();
        boolean membraneOut = cfg.readout() == Readout.MEMBRANE;
        LayerState[] st = layerStates(snn, batch, type, cfg.reset(), membraneOut);
        List<double[]> analog = cfg.diagnostics() ? normalisedAnalog(net, x, st) : null;
        if (cfg.input() == InputCoding.POISSON) {
            requireUnitRange(x);
        }
        double[] constantCurrent = cfg.input() == InputCoding.CONSTANT ? st[0].load(st[0].current(x)) : null;
        int[] ts = cfg.timesteps();
        int[][] predictions = new int[ts.length][];
        DiagnosticSums[][] sums = newSums(ts.length, layers);
        int k = 0;
        for (int t = 1; t <= cfg.maxSteps(); t++) {
            double[] first = constantCurrent != null ? constantCurrent : st[0].load(st[0].current(poisson(x, rng)));
            step(st, first);
            if (t == ts[k]) {
                predictions[k] = st[layers - 1].argmax(membraneOut);
                if (analog != null) {
                    measure(st, analog, t, membraneOut, sums[k]);
                }
                k++;
            }
        }
        List<INDArray> counts = new ArrayList<>();
        List<INDArray> membranes = new ArrayList<>();
        for (LayerState s : st) {
            counts.add(s.count());
            membranes.add(s.membrane());
        }
        return new BatchRun(predictions, sums, counts, membranes);
    }

    /** One time step through every layer; {@code first} is the first layer's current. */
    private static void step(LayerState[] st, double[] first) {
        INDArray spikes = null;
        for (int l = 0; l < st.length; l++) {
            double[] z = l == 0 ? first : st[l].load(st[l].current(spikes));
            spikes = st[l].step(z);
        }
    }

    /**
     * One state per layer; a layer feeding average pooling emits pooled spikes (its next layer skips
     * the pool). Under the membrane readout the output layer integrates without firing.
     */
    private static LayerState[] layerStates(SpikingNetwork snn, int batch, DataType type, ResetMode reset,
                                            boolean membraneOut) {
        ConvertedNetwork net = snn.network();
        int layers = snn.layers();
        List<long[]> shapes = net.shapes();
        LayerState[] st = new LayerState[layers];
        boolean pooledBefore = false;
        for (int l = 0; l < layers; l++) {
            SynapseOp next = l + 1 < layers ? net.stages().get(l + 1).ops().get(0) : null;
            boolean pool = next != null && LayerState.canEmitPooled(shapes.get(l + 1), next);
            st[l] = new LayerState(net.stages().get(l), batch, shapes.get(l), shapes.get(l + 1), snn.thresholds().get(l),
                    snn.spikesCarryThreshold(), type, pooledBefore, pool ? (AvgPoolOp) next : null, reset,
                    membraneOut && l == layers - 1 ? Readout.MEMBRANE : Readout.SPIKES);
            pooledBefore = pool;
        }
        return st;
    }

    private static List<double[]> normalisedAnalog(ConvertedNetwork net, INDArray x, LayerState[] st) {
        List<INDArray> acts = net.analog(x);
        List<double[]> out = new ArrayList<>();
        for (int l = 0; l < acts.size(); l++) {
            out.add(st[l].inThresholdUnits(acts.get(l)));
        }
        return out;
    }

    private static void measure(LayerState[] st, List<double[]> analog, int t, boolean membraneOut,
                                DiagnosticSums[] sums) {
        for (int l = 0; l < st.length; l++) {
            st[l].measure(sums[l], analog.get(l), t, membraneOut && l == st.length - 1);
        }
    }

    private static DiagnosticSums[][] newSums(int checkpoints, int layers) {
        DiagnosticSums[][] s = new DiagnosticSums[checkpoints][layers];
        for (DiagnosticSums[] row : s) {
            for (int l = 0; l < layers; l++) {
                row[l] = new DiagnosticSums();
            }
        }
        return s;
    }

    /** One step of rate-coded input: each element fires with probability x. */
    static INDArray poisson(INDArray x, SplittableRandom rng) {
        double[] u = new double[(int) x.length()];
        for (int i = 0; i < u.length; i++) {
            u[i] = rng.nextDouble();
        }
        INDArray uniform = Nd4j.createFromArray(u).castTo(x.dataType()).reshape(x.shape());
        return uniform.lt(x).castTo(x.dataType());
    }

    private static void requireUnitRange(INDArray x) {
        double min = x.minNumber().doubleValue();
        double max = x.maxNumber().doubleValue();
        if (min < 0 || max > 1) {
            throw new IllegalArgumentException("Poisson input needs values in [0, 1] (firing probabilities per step), "
                    + "got values in [" + min + ", " + max + "]; use constant input or rescale the data");
        }
    }

    /** Arg-max over all output elements of each sample; the lowest index wins a tie. */
    static int[] argmax(INDArray out) {
        INDArray flat = out.reshape(out.size(0), out.length() / out.size(0));
        double[][] m = flat.toDoubleMatrix();
        int[] pred = new int[m.length];
        for (int b = 0; b < m.length; b++) {
            int best = 0;
            for (int c = 1; c < m[b].length; c++) {
                if (m[b][c] > m[b][best]) {
                    best = c;
                }
            }
            pred[b] = best;
        }
        return pred;
    }
}
