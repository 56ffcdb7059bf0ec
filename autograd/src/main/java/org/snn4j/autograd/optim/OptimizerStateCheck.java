package org.snn4j.autograd.optim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Validation of an optimiser state map against an optimiser's parameters and slots. */
final class OptimizerStateCheck {
    private OptimizerStateCheck() {
    }

    /**
     * Splits {@code tensors} into {@code parsed} (parameter → slot → array) and returns the
     * problems found, or {@code ""}.
     */
    static String problems(Optimizer opt, Map<String, INDArray> tensors, Map<String, Map<String, INDArray>> parsed) {
        List<String> unknown = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        List<String> slotNames = opt.allSlots();
        for (String key : Optimizer.sorted(tensors.keySet())) {
            int dot = key.lastIndexOf('.');
            String name = dot < 0 ? "" : key.substring(0, dot);
            String slot = key.substring(dot + 1);
            INDArray a = tensors.get(key);
            if (!opt.parameters().containsKey(name) || !slotNames.contains(slot)) {
                unknown.add(key);
                continue;
            }
            long[] expected = opt.scalarSlots().contains(slot) ? new long[0] : opt.parameters().get(name).shape();
            if (!Arrays.equals(expected, a.shape())) {
                wrong.add(key + " expected " + Arrays.toString(expected) + " got " + Optimizer.shape(a));
                continue;
            }
            parsed.computeIfAbsent(name, k -> new LinkedHashMap<>()).put(slot, a);
        }
        List<String> incomplete = new ArrayList<>();
        parsed.forEach((name, s) -> {
            if (s.size() != slotNames.size()) {
                List<String> missing = new ArrayList<>(slotNames);
                missing.removeAll(s.keySet());
                incomplete.add(name + " lacks " + missing);
            }
        });
        List<String> out = new ArrayList<>();
        if (!unknown.isEmpty()) {
            out.add("unexpected " + unknown + " (slots: " + slotNames + ")");
        }
        if (!wrong.isEmpty()) {
            out.add("wrong shape " + wrong);
        }
        if (!incomplete.isEmpty()) {
            out.add("incomplete " + incomplete);
        }
        return String.join("; ", out);
    }
}
