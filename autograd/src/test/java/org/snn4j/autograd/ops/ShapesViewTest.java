package org.snn4j.autograd.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.nn.Linear;
import org.snn4j.autograd.nn.LinearSpec;
import org.snn4j.autograd.nn.Parameter;
import org.snn4j.autograd.optim.AdamSpec;
import org.snn4j.autograd.optim.Optimizer;

/**
 * {@link Shapes#reshape} (and a layout-preserving {@link Shapes#permute}) return views of a
 * row-major input and copies otherwise; and views are safe: a training loop with every in-place
 * writer of the engine (affine's bias add on its product, gradient accumulation over two backward
 * passes, the fused Adam update of the parameters, a parameter reshaped as a view) gives bit for bit
 * the gradients and parameters of the same loop with every reshape replaced by a copy.
 */
class ShapesViewTest {

    private static DataBuffer storage(INDArray a) {
        DataBuffer s = a.data();
        while (s.originalDataBuffer() != null && s.originalDataBuffer() != s) {
            s = s.originalDataBuffer();
        }
        return s;
    }

    @Test
    void reshapeOfContiguousIsAViewElseACopy() {
        INDArray x = Nd4j.linspace(DataType.FLOAT, 0, 24, 1).reshape(2, 3, 4);
        Tensor r = Shapes.reshape(Tensor.variable(x), 6, -1);
        assertSame(storage(x), storage(r.value()));
        assertArrayEquals(new long[] {6, 4}, r.shape());

        INDArray strided = x.permute(2, 0, 1);
        Tensor c = Shapes.reshape(Tensor.variable(strided), 4, 6);
        assertNotSame(storage(x), storage(c.value()));
        assertEquals(strided.dup('c').reshape(4, 6), c.value());
    }

    @Test
    void permuteCopiesWhenTheLayoutChangesAndIsAViewOtherwise() {
        INDArray x = Nd4j.linspace(DataType.FLOAT, 0, 12, 1).reshape(3, 1, 4);
        Tensor moved = Shapes.permute(Tensor.variable(x), 1, 0, 2);
        assertSame(storage(x), storage(moved.value()));
        assertEquals(x.reshape(1, 3, 4), moved.value());
        Tensor swapped = Shapes.permute(Tensor.variable(x), 2, 1, 0);
        assertNotSame(storage(x), storage(swapped.value()));
        assertEquals(x.permute(2, 1, 0), swapped.value());
    }

    @Test
    void viewsGiveTheGradientsAndUpdatesOfCopies() {
        Map<String, INDArray> views = train(t -> t);
        Map<String, INDArray> copies = train(t -> Arithmetic.mul(t, 1.0));
        assertEquals(copies.keySet(), views.keySet());
        copies.forEach((k, v) -> assertEquals(v, views.get(k), k));
    }

    /**
     * Three Adam steps of x → affine → reshape [T, B, N] → tanh·scale (a reshaped parameter) →
     * reshape [T·B, N] → affine → squared sum, each step with two backward passes; {@code copy} is
     * applied to every reshape result (identity: keep the view).
     */
    private static Map<String, INDArray> train(UnaryOperator<Tensor> copy) {
        SplittableRandom rng = new SplittableRandom(7);
        int t = 3;
        int b = 2;
        int n = 5;
        Linear fc1 = (Linear) new LinearSpec(4, n).build(rng);
        Linear fc2 = (Linear) new LinearSpec(n, 3).build(rng);
        Parameter scale = new Parameter(Nd4j.linspace(DataType.FLOAT, 0.5, 0.1, n).reshape(1, n));
        Map<String, Parameter> params = new LinkedHashMap<>();
        fc1.namedParameters().forEach((k, v) -> params.put("fc1." + k, v));
        fc2.namedParameters().forEach((k, v) -> params.put("fc2." + k, v));
        params.put("scale", scale);
        Optimizer opt = new AdamSpec(0.05).build(params);
        float[] xs = new float[t * b * 4];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = (float) rng.nextDouble();
        }
        Tensor x = Tensor.constant(Nd4j.create(xs, new long[] {t * b, 4}, 'c'));
        Map<String, INDArray> out = new LinkedHashMap<>();
        for (int step = 0; step < 3; step++) {
            opt.zeroGrad();
            for (int pass = 0; pass < 2; pass++) {
                Tensor h = copy.apply(Shapes.reshape(fc1.forward(x), t, b, n));
                Tensor s = copy.apply(Shapes.reshape(scale, 1, 1, n));
                Tensor a = h.tanh().mul(s).mul(h);
                Tensor y = fc2.forward(copy.apply(Shapes.reshape(a, (long) t * b, n)));
                y.mul(y).sum().backward();
            }
            String at = Integer.toString(step);
            params.forEach((k, p) -> out.put(at + " grad " + k, p.grad().dup()));
            opt.step();
            params.forEach((k, p) -> out.put(at + " value " + k, p.value().dup()));
        }
        return out;
    }
}
