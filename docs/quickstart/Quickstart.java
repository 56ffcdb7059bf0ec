import java.nio.file.Path;
import org.snn4j.experiment.Experiment;
import org.snn4j.experiment.ExperimentResult;

/** Build, train, evaluate and save a spiking MLP on MNIST ($SNN4J_DATA/mnist); args are --set edits. */
public class Quickstart {
    public static void main(String[] args) throws Exception {
        Experiment ex = Experiment.fromJson("""
            {"name": "quickstart", "seed": 1,
             "data": {"dataset": "mnist", "T": 4, "encoder": {"type": "poisson"}, "limitTrain": 2000},
             "model": {"layers": [
               {"type": "flatten"},
               {"type": "linear", "out": 128}, {"type": "lif", "firing": {"surrogate": "sigmoid"}},
               {"type": "linear", "out": 10}, {"type": "lif"}]},
             "loss": {"type": "count-ce"},
             "optimizer": {"type": "adam", "lr": 0.005},
             "train": {"epochs": 1, "batchSize": 64}}""", args);
        ExperimentResult r = ex.run();
        System.out.printf("loss %.4f, test accuracy %.4f%n", r.epochLosses().get(0), ex.evaluate());
        ex.save(Path.of(System.getProperty("java.io.tmpdir"), "snn4j-quickstart"));
    }
}
