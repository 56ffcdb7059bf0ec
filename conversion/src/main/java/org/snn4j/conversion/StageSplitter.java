package org.snn4j.conversion;

import java.util.ArrayList;
import java.util.List;
import org.snn4j.conversion.AnnConverter.Item;
import org.snn4j.conversion.network.AvgPoolOp;
import org.snn4j.conversion.network.FlattenOp;
import org.snn4j.conversion.network.MaxPoolGateOp;
import org.snn4j.conversion.network.Stage;
import org.snn4j.conversion.network.SynapseOp;

/** Groups the layers read by {@link AnnConverter} into {@link Stage}s, one per ReLU population. */
final class StageSplitter {
    private StageSplitter() {
    }

    /**
     * Moves MaxPool2d and Flatten that sit between a weighted layer and its ReLU to after the ReLU:
     * {@code ReLU(maxpool(z)) = maxpool(ReLU(z))} and {@code ReLU(flatten(z)) = flatten(ReLU(z))}.
     */
    static List<Item> moveCommutingOpsAfterRelu(List<Item> items) {
        List<Item> out = new ArrayList<>(items);
        for (int i = 0; i < out.size(); i++) {
            if (!out.get(i).relu()) {
                continue;
            }
            int j = i;
            while (j > 0 && commutes(out.get(j - 1).op())) {
                j--;
            }
            if (j < i && j > 0 && out.get(j - 1).op() != null && out.get(j - 1).op().weighted()) {
                Item relu = out.remove(i);
                out.add(j, relu);
            }
        }
        return out;
    }

    private static boolean commutes(SynapseOp op) {
        return op instanceof MaxPoolGateOp || op instanceof FlattenOp;
    }

    /** Splits at the ReLUs: every stage is pre-ops, one weighted op, average pools, then a ReLU. */
    static List<Stage> split(List<Item> items) {
        List<Stage> stages = new ArrayList<>();
        List<SynapseOp> ops = new ArrayList<>();
        List<Integer> source = new ArrayList<>();
        Item weighted = null;
        for (Item it : items) {
            if (it.relu()) {
                if (weighted == null) {
                    throw new UnsupportedLayerException(it.position(), it.type(), "a ReLU needs a Linear/Conv2d "
                            + "before it (since the previous ReLU); two ReLUs in a row or a ReLU on the input "
                            + "cannot be converted");
                }
                stages.add(stage(stages.size(), ops, true, source));
                ops = new ArrayList<>();
                source = new ArrayList<>();
                weighted = null;
                continue;
            }
            checkAfterWeighted(weighted, it);
            if (it.op().weighted()) {
                weighted = it;
            }
            ops.add(it.op());
            source.add(firstPosition(it.position()));
        }
        if (weighted == null && !ops.isEmpty()) {
            Item last = items.get(items.size() - 1);
            throw new UnsupportedLayerException(last.position(), last.type(), "the network must end with a "
                    + "Linear/Conv2d (optionally followed by ReLU or average pooling); nothing after the last ReLU "
                    + "can be the output layer");
        }
        if (weighted != null) {
            stages.add(stage(stages.size(), ops, false, source));
        }
        return stages;
    }

    /** Between a weighted layer and its ReLU only average pooling may follow. */
    private static void checkAfterWeighted(Item weighted, Item it) {
        if (weighted != null && it.op().weighted()) {
            throw new UnsupportedLayerException(it.position(), it.type(), "two weighted layers without a ReLU "
                    + "between them (layer " + weighted.position() + " and layer " + it.position()
                    + ") cannot be converted to spiking neurons");
        }
        if (weighted != null && !(it.op() instanceof AvgPoolOp)) {
            throw new UnsupportedLayerException(it.position(), it.type(), "only average pooling may sit "
                    + "between layer " + weighted.position() + " ('" + weighted.type() + "') and its ReLU");
        }
    }

    private static Stage stage(int index, List<SynapseOp> ops, boolean relu, List<Integer> source) {
        String desc = ops.stream().filter(SynapseOp::weighted).findFirst().map(SynapseOp::describe).orElse("?");
        return new Stage("layer " + (index + 1) + " (" + desc + ")", ops, relu, source);
    }

    private static int firstPosition(String position) {
        String head = position.split("[.+]")[0];
        return Integer.parseInt(head);
    }
}
