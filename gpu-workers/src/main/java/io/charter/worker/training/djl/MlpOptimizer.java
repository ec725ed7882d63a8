package io.charter.worker.training.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.optimizer.Optimizer;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The seven optimizers of seed §5.4 as one DJL {@link Optimizer} whose state can be saved and
 * restored (DJL's own keep their state private, and its PyTorch engine implements only SGD and Adam
 * natively). Update rules follow PyTorch's {@code torch.optim}: L2 weight decay is added to the
 * gradient, except for AdamW, which decays the weights directly (Loshchilov & Hutter 2019);
 * momentum and Nesterov keep a velocity v = μ·v + g (Sutskever et al. 2013); Adagrad (Duchi et al.
 * 2011, ε = 1e-10), RMSprop (Hinton 2012, α = 0.99, ε = 1e-8) and Adam (Kingma & Ba 2015,
 * β = 0.9/0.999, ε = 1e-8, bias-corrected) keep per-parameter statistics. The learning rate is set
 * per epoch by the training loop.
 */
final class MlpOptimizer extends Optimizer {

    private static final float BETA1 = 0.9f;
    private static final float BETA2 = 0.999f;
    private static final float ADAM_EPSILON = 1e-8f;
    private static final float RMS_ALPHA = 0.99f;

    private final String kind;
    private final float momentum;
    private final float weightDecay;
    private final Map<String, NDArray[]> state = new HashMap<>();
    private final Map<String, Integer> steps = new HashMap<>();
    private float learningRate;

    MlpOptimizer(String kind, double momentum, double weightDecay) {
        super(new Builder());
        this.kind = kind;
        this.momentum = (float) momentum;
        this.weightDecay = (float) weightDecay;
    }

    void setLearningRate(double rate) {
        learningRate = (float) rate;
    }

    @Override
    public void update(String parameterId, NDArray weight, NDArray grad) {
        int t = steps.merge(parameterId, 1, Integer::sum);
        NDArray[] s = state.computeIfAbsent(parameterId, id -> newState(weight));
        try (NDManager scope = NDManager.subManagerOf(weight)) {
            scope.tempAttachAll(weight, grad);
            scope.tempAttachAll(s);
            NDArray g = weightDecay > 0 && !kind.equals("adamw") ? grad.add(weight.mul(weightDecay)) : grad;
            apply(weight, g, s, t);
            // DJL's fused native updates clear the parameter's gradient; these NDArray operations do
            // not, and the array passed in is a copy: clear the parameter's own, or the next batch adds to it
            NDArray own = weight.getGradient();
            own.subi(own);
        }
    }

    private void apply(NDArray w, NDArray g, NDArray[] s, int t) {
        float lr = learningRate;
        switch (kind) {
            case "sgd" -> w.subi(g.mul(lr));
            case "momentum" -> {
                s[0].muli(momentum).addi(g);
                w.subi(s[0].mul(lr));
            }
            case "nesterov" -> {
                s[0].muli(momentum).addi(g);
                w.subi(g.add(s[0].mul(momentum)).mul(lr));
            }
            case "adagrad" -> {
                s[0].addi(g.square());
                w.subi(g.div(s[0].sqrt().add(1e-10f)).mul(lr));
            }
            case "rmsprop" -> {
                s[0].muli(RMS_ALPHA).addi(g.square().mul(1 - RMS_ALPHA));
                w.subi(g.div(s[0].sqrt().add(ADAM_EPSILON)).mul(lr));
            }
            default -> adam(w, g, s, t, lr);
        }
    }

    private void adam(NDArray w, NDArray g, NDArray[] s, int t, float lr) {
        s[0].muli(BETA1).addi(g.mul(1 - BETA1));
        s[1].muli(BETA2).addi(g.square().mul(1 - BETA2));
        float c1 = (float) (1 - Math.pow(BETA1, t));
        float c2 = (float) (1 - Math.pow(BETA2, t));
        if (kind.equals("adamw") && weightDecay > 0) {
            w.muli(1 - lr * weightDecay);
        }
        w.subi(s[0].div(c1).div(s[1].div(c2).sqrt().add(ADAM_EPSILON)).mul(lr));
    }

    private NDArray[] newState(NDArray weight) {
        int count = switch (kind) {
            case "sgd" -> 0;
            case "adam", "adamw" -> 2;
            default -> 1;
        };
        NDArray[] s = new NDArray[count];
        for (int i = 0; i < count; i++) {
            s[i] = weight.getManager().zeros(weight.getShape(), weight.getDataType());
        }
        return s;
    }

    /** Parameter updates made so far (the step count of the first parameter: all are updated together). */
    long step() {
        return steps.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /** Writes step counts and statistics in the order of {@code ids} (the network's parameter order). */
    void write(DataOutputStream out, List<String> ids) throws IOException {
        out.writeInt(ids.size());
        for (String id : ids) {
            out.writeInt(steps.getOrDefault(id, 0));
            NDArray[] s = state.get(id);
            out.writeInt(s == null ? -1 : s.length);
            for (int i = 0; s != null && i < s.length; i++) {
                byte[] bytes = s[i].encode();
                out.writeInt(bytes.length);
                out.write(bytes);
            }
        }
    }

    /** Restores what {@link #write} wrote, for the parameters {@code ids} of a network built the same way. */
    void read(DataInputStream in, List<String> ids, NDManager manager) throws IOException {
        int count = in.readInt();
        if (count != ids.size()) {
            throw new IOException("optimizer state for " + count + " parameters, but the network has " + ids.size());
        }
        for (String id : ids) {
            int t = in.readInt();
            if (t > 0) {
                steps.put(id, t);
            }
            int arrays = in.readInt();
            if (arrays >= 0) {
                NDArray[] s = new NDArray[arrays];
                for (int i = 0; i < arrays; i++) {
                    s[i] = NDArray.decode(manager, in.readNBytes(in.readInt()));
                }
                state.put(id, s);
            }
        }
    }

    /** Frees the statistics (they live in the model's manager, which outlives training). */
    void close() {
        state.values().forEach(arrays -> {
            for (NDArray a : arrays) {
                a.close();
            }
        });
        state.clear();
    }

    private static final class Builder extends OptimizerBuilder<Builder> {
        @Override
        protected Builder self() {
            return this;
        }
    }
}
