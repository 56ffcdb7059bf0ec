package org.snn4j.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code .yaml} config resolves to the same experiment as its JSON twin; YAML syntax errors and
 * checkpoints without a config are one-line errors.
 */
class YamlConfigTest {

    @Test
    void yamlAndJsonGiveTheSameConfig(@TempDir Path tmp) throws Exception {
        Path yaml = tmp.resolve("small.yaml");
        Files.writeString(yaml, """
                name: fmnist-small-csnn
                seed: 7
                data: {dataset: fashion-mnist, T: 4, encoder: {type: direct}, limitTrain: 5000, limitTest: 2000}
                model:
                  layers:
                    - {type: conv2d, outChannels: 8, kernelSize: 3, padding: 1}
                    - {type: batchnorm2d}
                    - {type: lif-charge, tauMs: 2.0, firing: {detachReset: true, surrogate: atan}}
                    - {type: avgpool2d, kernelSize: 2}
                    - {type: flatten}
                    - {type: linear, out: 10}
                    - {type: lif-charge}
                loss: {type: count-ce}
                optimizer: {type: adam, lr: 0.002}
                schedule: {type: cosine}
                train: {epochs: 1, batchSize: 64}
                """);
        Path json = RepoFiles.root().resolve("docs/quickstart/fmnist-small-csnn.json");
        assertEquals(Experiment.fromFile(json, List.of()).config(), Experiment.fromFile(yaml, List.of()).config());
        Files.writeString(yaml, "name: [unclosed\n");
        ConfigException e = assertThrows(ConfigException.class, () -> Experiment.fromFile(yaml, List.of()));
        assertTrue(e.getMessage().contains("is not valid YAML (line "), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void aCheckpointWithoutConfigIsAOneLineError(@TempDir Path tmp) throws Exception {
        Path model = tmp.resolve("model.json");
        Files.writeString(model, "{\"format\": \"snn4j-model\", \"version\": 2, \"model\": {}, \"metadata\": {}}");
        ConfigException e = assertThrows(ConfigException.class, () -> Experiment.fromFile(tmp, List.of()));
        assertTrue(e.getMessage().endsWith("is a checkpoint without an experiment config (written by an older snn4j"
                + " or from Java without Experiment); train it from a config file instead"), e.getMessage());
    }
}
