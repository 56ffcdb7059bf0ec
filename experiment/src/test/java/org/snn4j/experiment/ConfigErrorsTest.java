package org.snn4j.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each kind of config error is one line naming the JSON path and, where there is a list, the
 * allowed values: an unknown key, a wrong type, an unknown type name, an out-of-range value.
 * Each case is a {@code --set} edit of the README example.
 */
class ConfigErrorsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // unknown keys
        "data.encodr={}                    | data.encodr: unknown key; allowed: dataset, dir, T, encoder, frames, limitTrain, limitTest, augment",
        "model.layers[0].outChanels=8      | model.layers[0].outChanels: unknown key; allowed: bias, dilation, inChannels, kernelSize, outChannels, padding, stride",
        "model.layers[2].firing.treshold=1 | model.layers[2].firing: firing has no field 'treshold'",
        "train.epoch=3                     | train.epoch: unknown key; allowed: epochs, batchSize, testBatch, clipNorm",
        "bogus=1                           | bogus: unknown key; allowed: formatVersion, name",
        // wrong types
        "train.epochs=ten                  | train.epochs: expected an integer, got \"ten\"",
        "model.layers[0].padding=true      | model.layers[0].padding: expected an integer",
        "optimizer.lr=fast                 | optimizer.lr: expected a number, got \"fast\"",
        // unknown type names
        "model.layers[1].type=batchnorm    | model.layers[1].type: \"batchnorm\" is not one of ",
        "loss.type=count-mse               | loss.type: \"count-mse\" is not one of cross-entropy, count-ce, rate-ce, rate-mse",
        "optimizer.type=adamax             | optimizer.type: \"adamax\" is not one of sgd, adam, adamw, nadam",
        "schedule.type=cosin               | schedule.type: \"cosin\" is not one of constant, step, cosine, warmup",
        "data.encoder.type=rate            | data.encoder.type: \"rate\" is not one of direct, poisson, bernoulli, latency",
        "model.layers[2].firing.surrogate=tanh | model.layers[2].firing.surrogate: \"tanh\" is not one of ",
        "data.dataset=cifar                | data.dataset: \"cifar\" is not one of mnist, fashion-mnist, nmnist, cifar10-dvs, dvs-gesture",
        // out-of-range values
        "model.layers[2].tauMs=0.5         | model.layers[2].tauMs: tauMs = 0.5 must be in [dtMs = 1.0, +inf)",
        "train.batchSize=0                 | train.batchSize: batchSize must be >= 1, got 0",
        "optimizer.lr=-1                   | optimizer.lr: lr must be in [0.0, Infinity), got -1.0",
        "model.layers[0].kernelSize=0      | model.layers[0].kernelSize: kernelSize must be >= 1, got 0",
    })
    void oneLineNamingThePath(String edit, String expectedStart) throws Exception {
        String json = Files.readString(RepoFiles.root().resolve("docs/quickstart/fmnist-small-csnn.json"));
        ConfigException e = assertThrows(ConfigException.class, () -> Experiment.fromJson(json, edit.trim()));
        String msg = e.getMessage();
        assertFalse(msg.contains("\n"), msg);
        assertEquals(expectedStart.trim(), msg.substring(0, Math.min(msg.length(), expectedStart.trim().length())),
                "full message: " + msg);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "data.frames.by=tme    | data.frames.by: \"tme\" is not one of time, count, spikes",
        "data.frames.T=x       | data.frames.T: expected an integer, got \"x\"",
        "data.frames.size=[5,6] | data.frames.size: [5,6] is not the sensor size",
        "data.encoder={}       | data.encoder: event data take \"frames\", not an encoder",
    })
    void eventFramesErrors(String edit, String expectedStart) {
        String json = """
                {"data": {"dataset": "nmnist", "frames": {"by": "time", "T": 4}},
                 "model": {"layers": [{"type": "flatten"}, {"type": "linear", "out": 10}, {"type": "lif"}]}}""";
        ConfigException e = assertThrows(ConfigException.class, () -> Experiment.fromJson(json, edit.trim()));
        assertEquals(expectedStart.trim(), e.getMessage().substring(0, Math.min(e.getMessage().length(),
                expectedStart.trim().length())), "full message: " + e.getMessage());
    }
}
