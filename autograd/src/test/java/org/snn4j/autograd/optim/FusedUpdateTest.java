package org.snn4j.autograd.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.snn4j.autograd.nn.Parameter;

/**
 * The fused Adam / AdamW / NAdam update equals, bit for bit, the whole-array ND4J update it replaced
 * (kept below as the reference): four steps on several parameters of different shapes, one of them a
 * non-contiguous view, one larger than a chunk and one large enough to be cut across threads, in
 * float32 and float64; with AMSGrad, the replaced benchmark optimiser.
 */
class FusedUpdateTest {

    static Stream<Arguments> cases() {
        return Stream.of(DataType.FLOAT, DataType.DOUBLE).flatMap(type -> Stream.of(
                Arguments.of(type, new AdamSpec(1e-3)),
                Arguments.of(type, new AdamSpec(0.05, 0.8, 0.99, 1e-6, 0.01)),
                Arguments.of(type, new AdamWSpec(0.05, 0.9, 0.999, 1e-8, 0.1)),
                Arguments.of(type, new AdamSpec(0.01).withAmsgrad(true)),
                Arguments.of(type, new AdamSpec(0.05, 0.8, 0.99, 1e-6, 0.01, true)),
                Arguments.of(type, new AdamWSpec(0.05, 0.9, 0.999, 1e-8, 0.1, true)),
                Arguments.of(type, new NadamSpec(2e-3)),
                Arguments.of(type, new NadamSpec(0.01, 0.9, 0.999, 1e-8, 0.05, 0.004))));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void fusedEqualsTheWholeArrayUpdate(DataType type, OptimizerSpec spec) {
        SplittableRandom rng = new SplittableRandom(7);
        List<INDArray> initial = List.of(random(rng, type, 3, 4), random(rng, type, 5),
                random(rng, type, 2, 3, 700), random(rng, type, 4, 6).transpose(),
                random(rng, type, 300, 230));
        Map<String, Parameter> params = new LinkedHashMap<>();
        for (int i = 0; i < initial.size(); i++) {
            params.put("p" + i, new Parameter(initial.get(i).dup()));
        }
        Optimizer fused = spec.build(params);
        List<INDArray> ref = initial.stream().map(INDArray::dup).toList();
        List<INDArray> m = initial.stream().map(a -> Nd4j.zeros(type, a.shape())).toList();
        List<INDArray> v = initial.stream().map(a -> Nd4j.zeros(type, a.shape())).toList();
        List<INDArray> vMax = initial.stream().map(a -> Nd4j.zeros(type, a.shape())).toList();
        double muProduct = 1;
        for (int t = 1; t <= 4; t++) {
            for (int i = 0; i < initial.size(); i++) {
                // shrinking gradients from step 3 on make v fall below its maximum (AMSGrad's case)
                INDArray g = random(rng, type, initial.get(i).shape()).muli(t > 2 ? 0.1 : 1);
                params.get("p" + i).zeroGrad();
                params.get("p" + i).accumulateGrad(g);
                if (spec instanceof NadamSpec n) {
                    muProduct = i == 0 ? muProduct * mu(n, t) : muProduct;
                    nadam(n, t, muProduct, ref.get(i), g, m.get(i), v.get(i));
                } else if (spec instanceof AdamWSpec w) {
                    ref.get(i).muli(1 - w.lr() * w.weightDecay());
                    adam(w.lr(), w.beta1(), w.beta2(), w.eps(), 0, t, ref.get(i), g, m.get(i), v.get(i),
                            w.amsgrad() ? vMax.get(i) : null);
                } else {
                    AdamSpec a = (AdamSpec) spec;
                    adam(a.lr(), a.beta1(), a.beta2(), a.eps(), a.weightDecay(), t, ref.get(i), g, m.get(i), v.get(i),
                            a.amsgrad() ? vMax.get(i) : null);
                }
            }
            fused.step();
            for (int i = 0; i < initial.size(); i++) {
                String what = spec + " step " + t + " parameter p" + i;
                assertArrayEquals(ref.get(i).dup('c').data().asDouble(),
                        params.get("p" + i).value().dup('c').data().asDouble(), what);
                Map<String, INDArray> state = fused.stateTensors();
                assertArrayEquals(m.get(i).data().asDouble(), state.get("p" + i + ".exp_avg").data().asDouble(), what);
                assertArrayEquals(v.get(i).data().asDouble(), state.get("p" + i + ".exp_avg_sq").data().asDouble(), what);
                if (state.containsKey("p" + i + ".max_exp_avg_sq")) {
                    assertArrayEquals(vMax.get(i).data().asDouble(),
                            state.get("p" + i + ".max_exp_avg_sq").data().asDouble(), what);
                }
            }
        }
    }

    /**
     * The replaced {@code Adam.update} (L2 form), verbatim; with {@code vMaxSlot} the AMSGrad step of
     * the replaced benchmark optimiser {@code bench.SlayerAmsGrad}, verbatim.
     */
    private static void adam(double lr, double beta1, double beta2, double eps, double weightDecay, int t,
                             INDArray param, INDArray grad, INDArray mSlot, INDArray vSlot, INDArray vMaxSlot) {
        INDArray g = weightDecay != 0 ? grad.add(param.mul(weightDecay)) : grad;
        INDArray m = mSlot.muli(beta1).addi(g.mul(1 - beta1));
        INDArray v = vSlot.muli(beta2).addi(g.mul(g).muli(1 - beta2));
        if (vMaxSlot != null) {
            Transforms.max(vMaxSlot, v, false);
            v = vMaxSlot;
        }
        double bc1 = 1 - Math.pow(beta1, t);
        double bc2 = 1 - Math.pow(beta2, t);
        INDArray denom = Transforms.sqrt(v, true).divi(Math.sqrt(bc2)).addi(eps);
        param.subi(m.div(denom).muli(lr / bc1));
    }

    private static double mu(NadamSpec spec, int t) {
        return spec.beta1() * (1 - 0.5 * Math.pow(0.96, t * spec.momentumDecay()));
    }

    /** The replaced {@code Nadam.update}, verbatim. */
    private static void nadam(NadamSpec spec, int t, double muProduct, INDArray param, INDArray grad,
                              INDArray mSlot, INDArray vSlot) {
        double b1 = spec.beta1();
        double b2 = spec.beta2();
        INDArray g = spec.weightDecay() != 0 ? grad.add(param.mul(spec.weightDecay())) : grad;
        double mu = mu(spec, t);
        double muNext = mu(spec, t + 1);
        INDArray m = mSlot.muli(b1).addi(g.mul(1 - b1));
        INDArray v = vSlot.muli(b2).addi(g.mul(g).muli(1 - b2));
        INDArray denom = Transforms.sqrt(v.div(1 - Math.pow(b2, t)), false).addi(spec.eps());
        double lr = spec.lr();
        param.subi(g.div(denom).muli(lr * (1 - mu) / (1 - muProduct)));
        param.subi(m.div(denom).muli(lr * muNext / (1 - muProduct * muNext)));
    }

    private static INDArray random(SplittableRandom rng, DataType type, long... shape) {
        double[] values = new double[(int) java.util.Arrays.stream(shape).reduce(1, (x, y) -> x * y)];
        for (int i = 0; i < values.length; i++) {
            values[i] = rng.nextDouble(-1, 1);
        }
        return Nd4j.create(values, shape, 'c').castTo(type);
    }
}
