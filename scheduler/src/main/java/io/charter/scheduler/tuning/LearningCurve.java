package io.charter.scheduler.tuning;

import java.util.Map;

/** The value a configuration reports after {@code step} units of training (epochs), for pruner simulations. */
@FunctionalInterface
public interface LearningCurve {

    /** The intermediate value of {@code params} at {@code step} (1-based). */
    double valueAt(Map<String, Object> params, int step);
}
