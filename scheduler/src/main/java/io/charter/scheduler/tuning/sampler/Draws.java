package io.charter.scheduler.tuning.sampler;

import io.charter.scheduler.tuning.space.CategoricalParam;
import io.charter.scheduler.tuning.space.FloatParam;
import io.charter.scheduler.tuning.space.IntParam;
import io.charter.scheduler.tuning.space.ParamSpec;
import io.charter.scheduler.tuning.space.SearchSpace;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Independent uniform draws from a parameter's distribution, as Optuna's {@code RandomSampler}:
 * uniform or log-uniform floats; stepped floats and integers uniform over their grid points; log
 * integers log-uniform over {@code [low − ½, high + ½]} then rounded; categorical uniform.
 */
public final class Draws {

    private Draws() {
    }

    /** One value for every parameter that the drawn values activate, parents first. */
    public static Map<String, Object> all(SearchSpace space, SplittableRandom rng) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (ParamSpec p : space.params()) {
            if (space.isActive(p, values)) {
                values.put(p.name(), one(p, rng));
            }
        }
        return values;
    }

    /** One value of {@code p}. */
    public static Object one(ParamSpec p, SplittableRandom rng) {
        if (p instanceof FloatParam f) {
            return floatValue(f, rng);
        }
        if (p instanceof IntParam i) {
            return intValue(i, rng);
        }
        CategoricalParam c = (CategoricalParam) p;
        return c.choices().get(rng.nextInt(c.choices().size()));
    }

    private static double floatValue(FloatParam f, SplittableRandom rng) {
        if (f.step() != null) {
            long points = Math.round((f.high() - f.low()) / f.step()) + 1;
            return Math.min(f.high(), f.low() + rng.nextLong(points) * f.step());
        }
        double u = rng.nextDouble();
        double v = f.log()
                ? Math.exp(Math.log(f.low()) + u * (Math.log(f.high()) - Math.log(f.low())))
                : f.low() + u * (f.high() - f.low());
        return clamp(v, f.low(), f.high());
    }

    private static Number intValue(IntParam i, SplittableRandom rng) {
        if (i.log()) {
            double lo = Math.log(i.low() - 0.5);
            double hi = Math.log(i.high() + 0.5);
            long v = Math.round(Math.exp(lo + rng.nextDouble() * (hi - lo)));
            return i.box(Math.max(i.low(), Math.min(i.high(), v)));
        }
        return i.box(i.low() + rng.nextLong(i.size()) * i.step());
    }

    static double clamp(double v, double low, double high) {
        return Math.max(low, Math.min(high, v));
    }
}
