package io.charter.scheduler.tuning.bench;

import io.charter.scheduler.tuning.LearningCurve;
import io.charter.scheduler.tuning.Seeds;
import io.charter.scheduler.tuning.space.FloatParam;
import io.charter.scheduler.tuning.space.IntParam;
import io.charter.scheduler.tuning.space.SearchSpace;

import java.util.Map;

/**
 * A synthetic training problem for pruner benchmarks: validation loss over epochs 1…81 of a
 * configuration (learning rate, width, dropout). Its final loss is {@link #finalLoss}; the curve
 * falls towards it at a rate that grows with the learning rate, so fast-but-worse configurations
 * lead early and curves cross — early stopping can be fooled, as in real training. A little
 * deterministic noise (seeded by the parameters and the epoch) is added.
 */
public final class SyntheticCurves {

    public static final int MAX_EPOCH = 81;

    private SyntheticCurves() {
    }

    public static SearchSpace space() {
        return SearchSpace.of(FloatParam.logUniform("lr", 1e-4, 1), IntParam.logRange("width", 16, 512),
                FloatParam.uniform("dropout", 0, 0.5));
    }

    /** Minimum 0.1 at lr = 0.01, width = 128, dropout = 0.2. */
    public static double finalLoss(Map<String, Object> p) {
        double lr = Math.log10(((Number) p.get("lr")).doubleValue());
        double width = Math.log(((Number) p.get("width")).doubleValue()) / Math.log(2);
        double dropout = ((Number) p.get("dropout")).doubleValue();
        return 0.1 + 0.3 * (lr + 2) * (lr + 2) + 0.02 * (width - 7) * (width - 7) + 2 * (dropout - 0.2) * (dropout - 0.2);
    }

    public static LearningCurve curve() {
        return (p, epoch) -> {
            double lr = ((Number) p.get("lr")).doubleValue();
            double rate = 0.1 + 0.3 * Math.sqrt(lr);
            double noise = 0.01 * (Seeds.rng(p.hashCode(), epoch).nextDouble() - 0.5);
            return finalLoss(p) + 1.5 * Math.exp(-rate * epoch) + noise;
        };
    }
}
