package io.charter.worker.training;

import io.charter.governance.eval.TaskType;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A checked spec with every hyperparameter the algorithm reads written out, defaults included, so a
 * run records exactly what it trained with and can be repeated even after a default changes.
 * Values are normalized: integers are {@code Integer}, numbers {@code Double}, choices
 * {@code String}, flags {@code Boolean}, integer lists {@code List<Integer>}; a hyperparameter that
 * does not apply (e.g. {@code sigma} with a linear kernel) is absent. Names are sorted, so two
 * resolutions of the same choices are equal and serialize identically.
 *
 * @param algorithm       the algorithm's name
 * @param task            the task it is trained for
 * @param hyperparameters every applicable hyperparameter, by name
 */
public record ResolvedSpec(String algorithm, TaskType task, Map<String, Object> hyperparameters) {

    public ResolvedSpec {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(task, "task");
        hyperparameters = Collections.unmodifiableMap(new TreeMap<>(hyperparameters));
    }

    /** The spec a user would write to get this resolution again. */
    public AlgorithmSpec toSpec() {
        return new AlgorithmSpec(algorithm, hyperparameters);
    }

    public boolean has(String name) {
        return hyperparameters.containsKey(name);
    }

    public int integer(String name) {
        return (Integer) require(name);
    }

    public double number(String name) {
        return (Double) require(name);
    }

    public String choice(String name) {
        return (String) require(name);
    }

    public boolean flag(String name) {
        return (Boolean) require(name);
    }

    @SuppressWarnings("unchecked")
    public List<Integer> integers(String name) {
        return (List<Integer>) require(name);
    }

    private Object require(String name) {
        Object value = hyperparameters.get(name);
        if (value == null) {
            throw new IllegalArgumentException(algorithm + " has no resolved hyperparameter \"" + name + "\"");
        }
        return value;
    }
}
