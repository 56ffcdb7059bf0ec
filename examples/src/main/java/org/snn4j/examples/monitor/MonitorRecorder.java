package org.snn4j.examples.monitor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.GradMode;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.train.Batch;
import org.snn4j.autograd.train.BatchSource;
import org.snn4j.autograd.train.Objective;
import org.snn4j.examples.monitor.MonitorRequest.Kind;
import org.snn4j.neurons.layers.NeuronLayer;
import org.snn4j.neurons.monitor.Monitor;
import org.snn4j.neurons.monitor.MonitorOptions;

/**
 * Runs a trained network on the first test samples with {@link Monitor}s attached and collects
 * what each spiking layer did (SpikingJelly's {@code OutputMonitor} / {@code AttributeMonitor}
 * over the spikes and the pre-reset membrane {@code H[t]}).
 *
 * <p>A first pass over sample 0 finds every layer's size and its most active neurons; the
 * membrane is traced for up to {@value #TRACED} of those, so the trace plot shows threshold
 * crossings. Then each sample is one forward pass in eval mode without a graph.
 */
public final class MonitorRecorder {
    /** How many neurons per layer get a membrane trace. */
    public static final int TRACED = 5;

    private MonitorRecorder() {
    }

    /** Records {@code request.samples()} samples of {@code test} (fewer if the source has fewer). */
    public static MonitorRecording record(Module model, Objective objective, BatchSource test, MonitorRequest request) {
        boolean wasTraining = model.isTraining();
        model.eval();
        try (GradMode.Scope s = GradMode.noGrad()) {
            return run(model, objective, test, request);
        } finally {
            if (wasTraining) {
                model.train();
            }
        }
    }

    private static MonitorRecording run(Module model, Objective objective, BatchSource test, MonitorRequest request) {
        List<String> layers = layers(model, request);
        Map<String, List<Integer>> traced = new LinkedHashMap<>();
        Map<String, List<INDArray>> spikes = new LinkedHashMap<>();
        Map<String, List<INDArray>> membrane = new LinkedHashMap<>();
        for (String l : layers) {
            spikes.put(l, new ArrayList<>());
            membrane.put(l, new ArrayList<>());
        }
        List<Integer> labels = new ArrayList<>();
        List<Integer> predictions = new ArrayList<>();
        Iterator<Batch> it = test.batches(0);
        while (labels.size() < request.samples() && it.hasNext()) {
            Batch b = it.next();
            if (traced.isEmpty()) {
                traced.putAll(mostActive(model, b, layers));
            }
            for (int i = 0; i < b.size() && labels.size() < request.samples(); i++) {
                List<Monitor> monitors = new ArrayList<>();
                try {
                    for (String l : layers) {
                        List<Integer> k = request.wants(Kind.MEMBRANE) ? traced.get(l) : List.of();
                        monitors.add(Monitor.attach(model, new MonitorOptions(true, k, i), l));
                    }
                    int[] pred = objective.predict(model.forward(Tensor.constant(b.input())));
                    for (int j = 0; j < layers.size(); j++) {
                        spikes.get(layers.get(j)).add(monitors.get(j).spikes(layers.get(j)).get(0));
                        if (request.wants(Kind.MEMBRANE)) {
                            membrane.get(layers.get(j)).add(monitors.get(j).membraneTraces(layers.get(j)).get(0));
                        }
                    }
                    labels.add(b.labels()[i]);
                    predictions.add(pred[i]);
                } finally {
                    monitors.forEach(Monitor::close);
                }
            }
        }
        if (labels.isEmpty()) {
            throw new IllegalArgumentException("--monitor: the test set has no samples to record");
        }
        List<LayerRecording> out = new ArrayList<>();
        int steps = 0;
        for (String l : layers) {
            INDArray s = Nd4j.stack(0, spikes.get(l).toArray(new INDArray[0]));
            steps = (int) s.size(1);
            INDArray m = request.wants(Kind.MEMBRANE) ? Nd4j.stack(0, membrane.get(l).toArray(new INDArray[0])) : null;
            INDArray rates = s.mean(0, 1);
            out.add(new LayerRecording(l, (int) s.size(2), threshold(model, l), s.meanNumber().doubleValue(),
                    request.wants(Kind.SPIKES) ? s : null, m, request.wants(Kind.MEMBRANE) ? traced.get(l) : List.of(),
                    request.wants(Kind.RATES) ? rates : null));
        }
        return new MonitorRecording(labels.size(), steps, labels.stream().mapToInt(Integer::intValue).toArray(),
                predictions.stream().mapToInt(Integer::intValue).toArray(), out);
    }

    /** The requested layers, or every monitorable layer. */
    private static List<String> layers(Module model, MonitorRequest request) {
        try (Monitor all = Monitor.attach(model, MonitorOptions.ratesOnly(), request.layers().toArray(new String[0]))) {
            return all.layers();
        }
    }

    /** Per layer, the up to {@value #TRACED} neurons with the most spikes on sample 0 of {@code b}. */
    private static Map<String, List<Integer>> mostActive(Module model, Batch b, List<String> layers) {
        Map<String, List<Integer>> out = new LinkedHashMap<>();
        try (Monitor m = Monitor.attach(model, MonitorOptions.withSpikes(), layers.toArray(new String[0]))) {
            model.forward(Tensor.constant(b.input()));
            for (String l : layers) {
                double[] counts = m.spikes(l).get(0).sum(0).toDoubleVector();
                List<Integer> top = IntStream.range(0, counts.length).boxed()
                        .sorted(Comparator.comparingDouble((Integer n) -> -counts[n]).thenComparing(n -> n))
                        .limit(TRACED).sorted().toList();
                out.put(l, top);
            }
        }
        return out;
    }

    /** θ of a {@link NeuronLayer}, NaN for other monitorable layers. */
    private static double threshold(Module model, String path) {
        return model.namedModules().get(path) instanceof NeuronLayer n ? n.spec().firing().threshold() : Double.NaN;
    }
}
