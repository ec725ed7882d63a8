package io.charter.worker.training.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.norm.Dropout;
import ai.djl.training.initializer.Initializer;
import ai.djl.training.initializer.XavierInitializer;
import ai.djl.training.loss.Loss;
import io.charter.governance.eval.TaskType;
import io.charter.worker.training.ResolvedSpec;

/**
 * The network a resolved spec describes, and what its outputs mean: one logit (bce), one logit per
 * class (cross_entropy) or one value (regression). Built the same way for training and for loading.
 */
final class Network {

    private Network() {
    }

    static SequentialBlock block(ResolvedSpec spec, int classCount) {
        SequentialBlock net = new SequentialBlock();
        double dropout = spec.number("dropout");
        for (int width : spec.integers("layers")) {
            net.add(Linear.builder().setUnits(width).build());
            if (spec.flag("batchNorm")) {
                net.add(BatchNorm.builder().build());
            }
            net.add(activation(spec.choice("activation")));
            if (dropout > 0) {
                net.add(Dropout.builder().optRate((float) dropout).build());
            }
        }
        net.add(Linear.builder().setUnits(outputs(spec, classCount)).build());
        return net;
    }

    static int outputs(ResolvedSpec spec, int classCount) {
        return spec.task() == TaskType.REGRESSION || spec.choice("loss").equals("bce") ? 1 : classCount;
    }

    /** Glorot uniform is XavierInitializer(UNIFORM, AVG, 3): U(±√(6 / (fan_in + fan_out))); He normal is N(0, 2 / fan_in). */
    static Initializer initializer(ResolvedSpec spec) {
        return spec.choice("initializer").equals("he")
                ? new XavierInitializer(XavierInitializer.RandomType.GAUSSIAN, XavierInitializer.FactorType.IN, 2)
                : new XavierInitializer(XavierInitializer.RandomType.UNIFORM, XavierInitializer.FactorType.AVG, 3);
    }

    static Loss loss(ResolvedSpec spec) {
        return switch (spec.choice("loss")) {
            case "bce" -> Loss.sigmoidBinaryCrossEntropyLoss("bce");
            case "cross_entropy" -> Loss.softmaxCrossEntropyLoss("cross_entropy");
            case "mse" -> Loss.l2Loss("mse", 1);
            case "mae" -> Loss.l1Loss("mae");
            case "huber" -> new HuberLoss();
            default -> throw new IllegalArgumentException("unknown loss " + spec.choice("loss"));
        };
    }

    /** Labels of the given rows as the loss reads them: class indexes, or a column of 0/1 or targets. */
    static NDArray labels(NDManager manager, ResolvedSpec spec, int[] classes, double[] targets, int[] rows) {
        float[] values = new float[rows.length];
        for (int i = 0; i < rows.length; i++) {
            values[i] = classes != null ? classes[rows[i]] : (float) targets[rows[i]];
        }
        if (spec.task() != TaskType.REGRESSION && spec.choice("loss").equals("cross_entropy")) {
            return manager.create(values, new Shape(rows.length));
        }
        return manager.create(values, new Shape(rows.length, 1));
    }

    static NDArray features(NDManager manager, double[][] x, int[] rows) {
        int width = x[0].length;
        float[] values = new float[rows.length * width];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < width; j++) {
                values[i * width + j] = (float) x[rows[i]][j];
            }
        }
        return manager.create(values, new Shape(rows.length, width));
    }

    private static Block activation(String name) {
        return switch (name) {
            case "tanh" -> Activation.tanhBlock();
            case "sigmoid" -> Activation.sigmoidBlock();
            case "gelu" -> Activation.geluBlock();
            default -> Activation.reluBlock();
        };
    }
}
