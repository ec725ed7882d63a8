package io.charter.worker.training.djl;

import static io.charter.governance.eval.TaskType.BINARY_CLASSIFICATION;
import static io.charter.governance.eval.TaskType.MULTICLASS_CLASSIFICATION;
import static io.charter.governance.eval.TaskType.REGRESSION;

import io.charter.worker.training.AlgorithmDefinition;
import io.charter.worker.training.Hyperparameter;
import java.util.List;
import java.util.Set;

/**
 * The multilayer perceptron's hyperparameters (seed §4.2–4.3, §5.4): architecture (layers,
 * activation, dropout, batch normalization, initializer), optimization (optimizer, learning rate and
 * its schedule, weight decay, batch size, epochs, early stopping) and the loss, whose choices
 * depend on the task.
 */
final class MlpDefinitions {

    static final String MLP = "mlp";

    private MlpDefinitions() {
    }

    static AlgorithmDefinition mlp() {
        return new AlgorithmDefinition(MLP, MlpFamily.LIBRARY, Set.of(BINARY_CLASSIFICATION, MULTICLASS_CLASSIFICATION,
                REGRESSION), List.of(
                Hyperparameter.integers("layers", List.of(64, 64)).atLeast(1).atMost(4096).size(0, 16)
                        .doc("widths of the hidden layers, input side first ([] is a linear model)"),
                Hyperparameter.choice("activation", "relu", "relu", "tanh", "sigmoid", "gelu"),
                Hyperparameter.number("dropout", 0.0).atLeast(0).below(1).doc("share of hidden units dropped in training"),
                Hyperparameter.flag("batchNorm", false).doc("batch normalization after each hidden linear layer"),
                Hyperparameter.choice("initializer", "he", "xavier", "he")
                        .doc("xavier: Glorot & Bengio 2010 (uniform); he: He et al. 2015 (normal, for ReLU)"),
                Hyperparameter.choice("optimizer", "adam", "sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam",
                        "adamw"),
                Hyperparameter.number("momentum", 0.9).atLeast(0).below(1).onlyWith("optimizer", "momentum", "nesterov"),
                Hyperparameter.number("learningRate", 0.001).above(0).atMost(1),
                Hyperparameter.choice("schedule", "constant", "constant", "step", "cosine")
                        .doc("learning rate by epoch: constant; step (× stepFactor every stepEpochs); "
                                + "cosine (Loshchilov & Hutter 2017, from learningRate towards 0 over the epochs)"),
                Hyperparameter.integer("stepEpochs", 10).atLeast(1).atMost(10_000).onlyWith("schedule", "step"),
                Hyperparameter.number("stepFactor", 0.1).above(0).atMost(1).onlyWith("schedule", "step"),
                Hyperparameter.number("weightDecay", 0.0).atLeast(0).atMost(1)
                        .doc("L2 penalty added to the gradient; decoupled from it for adamw (Loshchilov & Hutter 2019)"),
                Hyperparameter.integer("batchSize", 32).atLeast(1).atMost(65_536),
                Hyperparameter.integer("epochs", 20).atLeast(1).atMost(10_000),
                Hyperparameter.integer("earlyStoppingPatience", 0).atLeast(0).atMost(10_000)
                        .doc("stop after this many epochs without a lower validation loss and keep the best epoch's "
                                + "parameters (0 = off; needs a validation set)"),
                Hyperparameter.choice("loss", null, "bce", "cross_entropy", "mse", "mae", "huber")
                        .forTask(BINARY_CLASSIFICATION, "bce", "bce", "cross_entropy")
                        .forTask(MULTICLASS_CLASSIFICATION, "cross_entropy", "cross_entropy")
                        .forTask(REGRESSION, "mse", "mse", "mae", "huber")
                        .doc("bce: one logit; cross_entropy: softmax over the classes; huber: δ = 1")),
                false, true, "Multilayer perceptron on DJL's PyTorch engine (CPU)");
    }
}
