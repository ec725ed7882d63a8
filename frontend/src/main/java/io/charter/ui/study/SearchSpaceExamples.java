package io.charter.ui.study;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.charter.governance.eval.TaskType;
import io.charter.worker.training.AlgorithmDefinition;
import io.charter.worker.training.Hyperparameter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the new-study form puts in its JSON areas when an algorithm is chosen: a search space over
 * the algorithm's catalog hyperparameters (hand-picked for XGBoost, random forest and the MLP; for
 * the others derived from the catalog's defaults and bounds) and the fixed hyperparameters every
 * trial shares (a short training budget, so trials are quick).
 */
final class SearchSpaceExamples {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int DERIVED_PARAMS = 3;

    private SearchSpaceExamples() {
    }

    /** The example search space of {@code algorithm} as JSON, one parameter per line. */
    static String searchSpace(AlgorithmDefinition algorithm, TaskType task) {
        Map<String, Object> space = switch (algorithm.name()) {
            case "xgboost" -> ordered(
                    "eta", Map.of("type", "float", "low", 0.01, "high", 0.3, "log", true),
                    "maxDepth", Map.of("type", "int", "low", 2, "high", 8),
                    "subsample", Map.of("type", "float", "low", 0.5, "high", 1.0));
            case "random_forest" -> ordered(
                    "numTrees", Map.of("type", "int", "low", 50, "high", 300, "step", 50),
                    "maxDepth", Map.of("type", "int", "low", 3, "high", 12),
                    "colsampleByNode", Map.of("type", "float", "low", 0.3, "high", 1.0));
            case "mlp" -> ordered(
                    "learningRate", Map.of("type", "float", "low", 0.0001, "high", 0.1, "log", true),
                    "dropout", Map.of("type", "float", "low", 0.0, "high", 0.5),
                    "activation", Map.of("type", "categorical", "choices", List.of("relu", "tanh", "gelu")),
                    "batchSize", Map.of("type", "categorical", "choices", List.of(16, 32, 64)));
            default -> derived(algorithm, task);
        };
        return lines(space);
    }

    /** The fixed hyperparameters of every trial: a short budget for the algorithms that train in steps. */
    static String fixed(AlgorithmDefinition algorithm) {
        return switch (algorithm.name()) {
            case "xgboost" -> "{\"numRounds\": 30}";
            case "mlp" -> "{\"epochs\": 10}";
            default -> "{}";
        };
    }

    /** The step metric a pruner can watch for {@code algorithm}, as its worker reports it per round or epoch. */
    static String stepMetric(String algorithm) {
        return switch (algorithm == null ? "" : algorithm) {
            case "xgboost", "random_forest" -> "validation_logloss";
            case "mlp" -> "validation_loss";
            default -> "";
        };
    }

    /** A range around the default of the first few numeric or choice hyperparameters the catalog bounds. */
    private static Map<String, Object> derived(AlgorithmDefinition algorithm, TaskType task) {
        Map<String, Object> space = new LinkedHashMap<>();
        for (Hyperparameter h : algorithm.hyperparameters()) {
            if (space.size() == DERIVED_PARAMS || !(h.onlyFor().isEmpty() || h.onlyFor().contains(task))
                    || h.onlyWith() != null) {
                continue;
            }
            Object d = h.defaultFor(task);
            switch (h.kind()) {
                case NUMBER -> {
                    double v = d instanceof Number n ? n.doubleValue() : 1.0;
                    double low = v > 0 ? v / 10 : lowest(h, 0);
                    double high = v > 0 ? v * 10 : v + 1;
                    low = Math.max(low, lowest(h, low));
                    high = Math.min(high, highest(h, high));
                    if (low < high) {
                        space.put(h.name(), v > 0 && low > 0 ? Map.of("type", "float", "low", low, "high", high,
                                "log", true) : Map.of("type", "float", "low", low, "high", high));
                    }
                }
                case INTEGER -> {
                    int v = d instanceof Number n ? n.intValue() : 1;
                    int low = (int) Math.max(Math.max(1, v / 2), Math.ceil(lowest(h, 1)));
                    int high = (int) Math.min(Math.max(v * 2, low + 1), Math.floor(highest(h, v * 2)));
                    if (low < high) {
                        space.put(h.name(), Map.of("type", "int", "low", low, "high", high));
                    }
                }
                case CHOICE -> {
                    List<String> choices = h.choicesFor(task);
                    if (choices.size() > 1) {
                        space.put(h.name(), Map.of("type", "categorical", "choices", choices));
                    }
                }
                default -> {
                    // flags and integer lists are left to the fixed hyperparameters
                }
            }
        }
        return space;
    }

    /** The smallest value inside the lower bound (exclusive bounds moved in a little). */
    private static double lowest(Hyperparameter h, double fallback) {
        Hyperparameter.Bound b = h.lower();
        return b == null ? fallback : b.inclusive() ? b.value() : b.value() + Math.max(1e-6, Math.abs(b.value()) * 1e-3);
    }

    private static double highest(Hyperparameter h, double fallback) {
        Hyperparameter.Bound b = h.upper();
        return b == null ? fallback : b.inclusive() ? b.value() : b.value() - Math.max(1e-6, Math.abs(b.value()) * 1e-3);
    }

    private static Map<String, Object> ordered(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1] instanceof Map<?, ?> spec ? inOrder(spec) : pairs[i + 1]);
        }
        return m;
    }

    /** A parameter's spec with its keys in the order people write them: type, low, high, log, step, choices. */
    private static Map<String, Object> inOrder(Map<?, ?> spec) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String key : List.of("type", "low", "high", "log", "step", "choices")) {
            if (spec.containsKey(key)) {
                m.put(key, spec.get(key));
            }
        }
        return m;
    }

    /** {@code {"eta": {...},\n "maxDepth": {...}}}: one parameter a line, readable in a text area. */
    static String lines(Map<String, Object> space) {
        if (space.isEmpty()) {
            return "{}";
        }
        return space.entrySet().stream().map(e -> "  " + json(e.getKey()) + ": " + json(e.getValue() instanceof Map<?, ?>
                        spec ? inOrder(spec) : e.getValue()).replace("\":", "\": ").replace(",\"", ", \""))
                .collect(Collectors.joining(",\n", "{\n", "\n}"));
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
