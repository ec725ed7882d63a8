package io.charter.worker.training;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a user asks to train: an algorithm name and the hyperparameters they chose, as parsed from
 * JSON (numbers may arrive as {@code Integer}, {@code Long} or {@code Double}). Nothing is checked
 * here: {@link Algorithms#check} reports every problem with its path, and
 * {@link Algorithms#resolve} turns a valid spec into a {@link ResolvedSpec} with all defaults filled in.
 *
 * @param algorithm       e.g. {@code xgboost}, {@code mlp}; see {@link Algorithms#definitions()}
 * @param hyperparameters the chosen values by name; missing ones take their defaults
 */
public record AlgorithmSpec(String algorithm, Map<String, Object> hyperparameters) {

    public AlgorithmSpec {
        // not Map.copyOf: a null value is user input that check() must be able to report
        hyperparameters = hyperparameters == null ? null
                : Collections.unmodifiableMap(new LinkedHashMap<>(hyperparameters));
    }

    /** A spec taking every default of {@code algorithm}. */
    public static AlgorithmSpec of(String algorithm) {
        return new AlgorithmSpec(algorithm, Map.of());
    }
}
