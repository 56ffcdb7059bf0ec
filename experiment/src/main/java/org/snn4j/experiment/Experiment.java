package org.snn4j.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.snn4j.autograd.checkpoint.Checkpoint;
import org.snn4j.autograd.nn.Sequential;
import org.snn4j.autograd.optim.Optimizer;
import org.snn4j.autograd.train.Evaluator;
import org.snn4j.autograd.train.Objective;
import org.snn4j.autograd.train.Trainer;
import org.snn4j.autograd.train.TrainerConfig;
import org.snn4j.autograd.train.TrainingListener;
import org.snn4j.autograd.train.TrainingResult;
import org.snn4j.experiment.config.ExperimentConfig;
import org.snn4j.experiment.data.ExperimentData;
import org.snn4j.experiment.model.FiringWatch;
import org.snn4j.experiment.model.ModelSummary;
import org.snn4j.experiment.presets.Presets;

/**
 * An experiment built from its config: the model (initialised from the seed), objective, optimiser
 * and schedule; data loads on first use. The command line's {@code train} is a thin layer over it.
 *
 * <pre>{@code
 * Experiment ex = Experiment.fromJson(json, "train.epochs=2");
 * ExperimentResult r = ex.run();
 * ex.save(Path.of("ckpt"));
 * }</pre>
 */
public final class Experiment {
    /** Training batches the dead-network check watches before it warns. */
    public static final int WATCHED_BATCHES = 20;

    private final ExperimentConfig config;
    private final ObjectNode tree;
    private final ModelSummary summary;
    private final Sequential model;
    private final Optimizer optimizer;
    private final Objective objective;
    private ExperimentData data;
    private PrintStream out = System.out;
    private boolean progress;
    private Path checkpointDir;
    private Path resumeDir;
    private boolean overrideSettings;
    private TrainingListener listener;

    private Experiment(ObjectNode raw) {
        ConfigResolver.Resolved r = ConfigResolver.resolve(raw);
        this.tree = r.tree();
        this.summary = r.summary();
        this.config = ConfigLoader.bind(tree);
        this.model = config.model().spec().build(new SplittableRandom(config.seed()));
        this.optimizer = config.optimizer().build(model.namedParameters());
        this.objective = LossResolver.objective(config.loss(), config.model().layers());
    }

    /** An experiment from JSON text (a config, a report or a checkpoint's model.json), with {@code --set} edits. */
    public static Experiment fromJson(String json, String... sets) {
        return new Experiment(ConfigLoader.set(ConfigLoader.parse(json, "config"), List.of(sets)));
    }

    /** An experiment from a config, report or checkpoint file, with {@code --set} edits. */
    public static Experiment fromFile(Path file, List<String> sets) throws IOException {
        return new Experiment(ConfigLoader.set(ConfigLoader.read(file), sets));
    }

    /** A shipped preset, with {@code --set} edits. */
    public static Experiment preset(String name, List<String> sets) {
        if (!Presets.REGISTRY.contains(name)) {
            throw new ConfigException("--preset", "\"" + name + "\" is not one of " + String.join(", ", Presets.names()));
        }
        return new Experiment(ConfigLoader.set(Presets.config(name), sets));
    }

    /** An experiment from config records (resolved again, so short forms are completed). */
    public static Experiment of(ExperimentConfig config) {
        return new Experiment(ConfigLoader.toTree(config));
    }

    /** Progress and summary output (default {@code System.out}); returns this. */
    public Experiment output(PrintStream stream, boolean showProgress) {
        this.out = stream;
        this.progress = showProgress;
        return this;
    }

    /** Writes a checkpoint to {@code dir} after every epoch (and resumes from {@code resume} if not null). */
    public Experiment checkpoints(Path dir, Path resume) {
        return checkpoints(dir, resume, false);
    }

    /**
     * As {@link #checkpoints(Path, Path)}; {@code override} accepts a resume whose {@link #settings()}
     * differ from the checkpoint's (the change is recorded in the result), else such a resume fails.
     */
    public Experiment checkpoints(Path dir, Path resume, boolean override) {
        this.checkpointDir = dir;
        this.resumeDir = resume;
        this.overrideSettings = override;
        return this;
    }

    /**
     * Reports training to {@code trainingListener} (progress bar, metric log, ...) instead of the
     * epoch lines of {@link #output}; returns this.
     */
    public Experiment listener(TrainingListener trainingListener) {
        this.listener = trainingListener;
        return this;
    }

    /** The resolved config. */
    public ExperimentConfig config() {
        return config;
    }

    /** The resolved config as a JSON-ready map (what reports and checkpoints store under {@code config}). */
    public Map<String, Object> configMap() {
        @SuppressWarnings("unchecked")
        Map<String, Object> m = ConfigLoader.mapper().convertValue(ConfigLoader.toTree(config), LinkedHashMap.class);
        return m;
    }

    /**
     * What a checkpoint records and a resume must keep: the resolved config without the number of
     * epochs, the schedule's lengths derived from it ({@code tMax}, {@code stepSize}), the schedule's
     * copy of {@code optimizer.lr} and the data folder; so a changed learning rate, seed, batch size, model or limit fails a resume unless
     * overridden.
     */
    public Map<String, Object> settings() {
        ObjectNode s = ConfigLoader.toTree(config);
        ((ObjectNode) s.get("train")).remove("epochs");
        ((ObjectNode) s.get("data")).remove("dir");
        JsonNode lr = s.path("optimizer").path("lr");
        for (ObjectNode sch = (ObjectNode) s.get("schedule"); sch != null; sch = (ObjectNode) sch.get("after")) {
            sch.remove(List.of("tMax", "stepSize"));
            for (String rate : List.of("lr", "baseLr")) {
                if (sch.path(rate).equals(lr)) {
                    sch.remove(rate); // the resolver's copy of optimizer.lr: recorded once, there
                }
            }
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> m = ConfigLoader.mapper().convertValue(s, LinkedHashMap.class);
        return m;
    }

    /** The layers with output shapes, parameters and neurons. */
    public ModelSummary summary() {
        return summary;
    }

    /** The model (trained in place by {@link #run()}). */
    public Sequential model() {
        return model;
    }

    /** The optimiser (stepped by {@link #run()}). */
    public Optimizer optimizer() {
        return optimizer;
    }

    /** The training objective. */
    public Objective objective() {
        return objective;
    }

    /** The data, loaded on first call. */
    public ExperimentData data() throws IOException {
        if (data == null) {
            data = ExperimentData.load(config.data(), config.train().batchSize(), config.train().testBatch(),
                    config.seed());
        }
        return data;
    }

    /**
     * Prints the model summary, trains (warning after the first {@value #WATCHED_BATCHES} batches
     * about spiking layers that never or always fire) and evaluates after every epoch.
     */
    public ExperimentResult run() throws IOException {
        out.print(summary.table());
        out.print(summary.memoryLine(config.train().batchSize(), physicalMemory()));
        ExperimentData d = data();
        FiringWatch watch = new FiringWatch(objective, model, WATCHED_BATCHES, out);
        TrainerConfig tc = new TrainerConfig(config.train().epochs(), config.seed(), config.train().clipNorm(),
                checkpointDir, resumeDir, progress, settings(), overrideSettings);
        TrainingListener l = listener != null ? listener
                : progress ? TrainingListener.epochLines(out) : TrainingListener.NONE;
        Trainer trainer = new Trainer(model, optimizer, config.schedule(), watch, tc, l)
                .withMetadata(Map.of("config", configMap()));
        TrainingResult r;
        try {
            r = trainer.fit(d.train(), d.test());
        } finally {
            watch.finish();
        }
        return new ExperimentResult(r, configMap(), summary.parameters(), watch.warnings());
    }

    /** This machine's physical memory in bytes, or 0 when the JVM does not tell. */
    private static long physicalMemory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return 0;
    }

    /** Accuracy of the current model on the test split. */
    public double evaluate() throws IOException {
        return Evaluator.accuracy(model, objective, data().test());
    }

    /** Writes the model, optimiser and the resolved config (model.json {@code metadata.config}) to {@code dir}. */
    public void save(Path dir) throws IOException {
        Checkpoint.save(dir, model, optimizer, null, Map.of("config", configMap()));
    }
}
