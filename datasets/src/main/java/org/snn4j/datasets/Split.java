package org.snn4j.datasets;

/** Which part of a dataset: the training or the test (evaluation) samples. */
public enum Split {
    TRAIN,
    TEST
}
