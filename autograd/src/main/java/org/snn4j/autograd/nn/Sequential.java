package org.snn4j.autograd.nn;

import java.util.ArrayList;
import java.util.List;
import org.snn4j.autograd.Tensor;

/**
 * Applies its children in order: {@code y = f_{n−1}(… f_1(f_0(x)))}. Children are named
 * {@code "0"}, {@code "1"}, …, so parameters appear as {@code 0.weight}, {@code 2.bias}, …
 * (PyTorch's {@code nn.Sequential} naming).
 */
public class Sequential extends Module {
    private final List<Module> layers = new ArrayList<>();

    public Sequential(Module... children) {
        for (Module m : children) {
            registerModule(Integer.toString(layers.size()), m);
            layers.add(m);
        }
    }

    /** The number of children. */
    public int size() {
        return layers.size();
    }

    /** Child {@code i}. */
    public Module get(int i) {
        return layers.get(i);
    }

    @Override
    public Tensor forward(Tensor x) {
        Tensor y = x;
        for (Module m : layers) {
            y = m.forward(y);
        }
        return y;
    }

    /** The specs of the children, in order. */
    @Override
    public SequentialSpec spec() {
        List<LayerSpec> specs = new ArrayList<>();
        for (Module m : layers) {
            specs.add(m.spec());
        }
        return new SequentialSpec(specs);
    }
}
