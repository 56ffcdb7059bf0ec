package org.snn4j.examples.presets;
import org.snn4j.experiment.data.*;
import org.snn4j.losses.SoftmaxObjective;
import org.snn4j.losses.SpikeCountObjective;
import java.nio.file.*;
import org.junit.jupiter.api.Test;
import org.snn4j.autograd.nn.LayerJson;
class DumpModelsTmpTest {
  @Test void dump() throws Exception {
    Path d = Path.of("/work/wt/h-config/experiment/src/test/resources/preset-models");
    Files.writeString(d.resolve("mnist-ann-mlp.json"), LayerJson.toJson(MnistAnnMlp.model()));
    Files.writeString(d.resolve("mnist-ann-cnn.json"), LayerJson.toJson(MnistAnnCnn.model()));
    Files.writeString(d.resolve("mnist-lif-mlp.json"), LayerJson.toJson(MnistLifMlp.model()));
    Files.writeString(d.resolve("mnist-lif-cnn.json"), LayerJson.toJson(MnistLifCnn.model()));
    Files.writeString(d.resolve("nmnist-lif-mlp.json"), LayerJson.toJson(NmnistLifMlp.model()));
    Files.writeString(d.resolve("nmnist-lif-cnn.json"), LayerJson.toJson(NmnistLifCnn.model()));
    Files.writeString(d.resolve("nmnist-slayer-mlp.json"), LayerJson.toJson(NmnistSlayerMlp.model()));
    Files.writeString(d.resolve("nmnist-slayer-cnn.json"), LayerJson.toJson(NmnistSlayerCnn.model()));
    Files.writeString(d.resolve("fmnist-lif-cnn.json"), LayerJson.toJson(FmnistLifCnn.model()));
  }
}
