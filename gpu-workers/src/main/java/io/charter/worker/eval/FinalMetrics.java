package io.charter.worker.eval;

import io.charter.governance.eval.Evaluation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The run's final metrics (metrics.json and the SUCCEED event): the evaluation's metrics under
 * their own names. An undefined metric (null, or not finite) is left out: MLflow and JSON have no
 * value for it, and its absence says so.
 */
public final class FinalMetrics {

    private FinalMetrics() {
    }

    public static Map<String, Double> of(Evaluation evaluation) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (evaluation.metrics() != null) {
            evaluation.metrics().forEach((name, value) -> {
                if (value != null && Double.isFinite(value)) {
                    out.put(name, value);
                }
            });
        }
        return Collections.unmodifiableMap(out);
    }
}
