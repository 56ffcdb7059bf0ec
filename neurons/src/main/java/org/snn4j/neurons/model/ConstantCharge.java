package org.snn4j.neurons.model;

/** A {@link ChargeLaw} without a learnable parameter. */
record ConstantCharge(double[] decay, double[] inputGain, double[] bias) implements ChargeLaw {
    ConstantCharge {
        decay = decay.clone();
        inputGain = inputGain.clone();
        bias = bias.clone();
    }

    @Override
    public double[] decay() {
        return decay.clone();
    }

    @Override
    public double[] inputGain() {
        return inputGain.clone();
    }

    @Override
    public double[] bias() {
        return bias.clone();
    }
}
