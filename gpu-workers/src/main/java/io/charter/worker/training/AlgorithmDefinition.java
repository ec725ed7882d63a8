package io.charter.worker.training;

import io.charter.governance.eval.TaskType;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What an algorithm is, for checking a spec and its data before any library is touched.
 *
 * @param name            the name a spec uses, e.g. {@code random_forest}
 * @param library         the family that trains it ({@code smile}, {@code xgboost}, {@code djl})
 * @param tasks           the tasks it can be trained for
 * @param hyperparameters its hyperparameters, in the order they are checked (a hyperparameter read
 *                        only with another's value comes after that one)
 * @param acceptsMissing  whether NaN feature values are allowed (handled natively, e.g. XGBoost's
 *                        learned default directions)
 * @param float32         whether the library computes in single precision, so feature values must
 *                        be within float range
 * @param summary         one line for users choosing an algorithm
 */
public record AlgorithmDefinition(String name, String library, Set<TaskType> tasks,
                                  List<Hyperparameter> hyperparameters, boolean acceptsMissing,
                                  boolean float32, String summary) {

    public AlgorithmDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(library, "library");
        tasks = Set.copyOf(tasks);
        hyperparameters = List.copyOf(hyperparameters);
    }

    public Optional<Hyperparameter> hyperparameter(String name) {
        return hyperparameters.stream().filter(h -> h.name().equals(name)).findFirst();
    }

    public boolean isClassifier() {
        return tasks.contains(TaskType.BINARY_CLASSIFICATION) || tasks.contains(TaskType.MULTICLASS_CLASSIFICATION);
    }
}
