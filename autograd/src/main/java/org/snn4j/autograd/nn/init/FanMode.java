package org.snn4j.autograd.nn.init;

/**
 * Which fan a variance-scaling initialiser preserves.
 *
 * <p>For a weight of shape {@code [out, in, k1, k2, ...]} with receptive field
 * {@code r = k1·k2·…}: {@code fanIn = in·r}, {@code fanOut = out·r}. {@link #FAN_IN} preserves
 * the variance of activations in the forward pass, {@link #FAN_OUT} that of gradients in the
 * backward pass (He et al. 2015, "Delving Deep into Rectifiers").
 */
public enum FanMode {
    FAN_IN,
    FAN_OUT
}
