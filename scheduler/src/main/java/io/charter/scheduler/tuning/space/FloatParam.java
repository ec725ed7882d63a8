package io.charter.scheduler.tuning.space;

import java.util.List;
import java.util.Objects;

/**
 * A float in {@code [low, high]}: uniform, log-uniform ({@code log}) or on the grid
 * {@code low, low + step, …} ({@code step}). As in Optuna's {@code FloatDistribution}, a step that
 * does not divide the range lowers {@code high} to the last grid point, and log and step exclude
 * each other.
 *
 * @param name      the parameter
 * @param low       lower bound, inclusive; {@code > 0} when {@code log}
 * @param high      upper bound, inclusive
 * @param log       sample {@code log(x)} uniformly
 * @param step      grid spacing, or {@code null} for a continuous parameter
 * @param condition when the parameter is active, or {@code null}
 */
public record FloatParam(String name, double low, double high, boolean log, Double step, Condition condition)
        implements ParamSpec {

    public FloatParam {
        Objects.requireNonNull(name, "name");
        requireFinite(name, "low", low);
        requireFinite(name, "high", high);
        if (low > high) {
            throw new SearchSpaceException(name, "low must be <= high, but got low=" + low + ", high=" + high);
        }
        if (log && low <= 0) {
            throw new SearchSpaceException(name, "low must be > 0 when log is true, but got low=" + low);
        }
        if (step != null) {
            if (log) {
                throw new SearchSpaceException(name, "step must not be set when log is true, but got step=" + step);
            }
            if (!(step > 0) || step.isInfinite()) {
                throw new SearchSpaceException(name, "step must be > 0, but got step=" + step);
            }
            high = low + Math.floor((high - low) / step + 1e-9) * step;
        }
    }

    /** Uniform in {@code [low, high]}. */
    public static FloatParam uniform(String name, double low, double high) {
        return new FloatParam(name, low, high, false, null, null);
    }

    /** Log-uniform in {@code [low, high]}. */
    public static FloatParam logUniform(String name, double low, double high) {
        return new FloatParam(name, low, high, true, null, null);
    }

    /** On the grid {@code low, low + step, …, high}. */
    public static FloatParam stepped(String name, double low, double high, double step) {
        return new FloatParam(name, low, high, false, step, null);
    }

    @Override
    public FloatParam when(String parent, Object... values) {
        return new FloatParam(name, low, high, log, step, new Condition(parent, List.of(values)));
    }

    @Override
    public boolean contains(Object value) {
        if (!(value instanceof Number n)) {
            return false;
        }
        double v = n.doubleValue();
        double tolerance = 1e-9 * Math.max(1.0, Math.abs(high - low));
        if (!(v >= low - tolerance && v <= high + tolerance)) {
            return false;
        }
        if (step == null) {
            return true;
        }
        double k = (v - low) / step;
        return Math.abs(k - Math.rint(k)) < 1e-6;
    }

    static void requireFinite(String name, String field, double value) {
        if (!Double.isFinite(value)) {
            throw new SearchSpaceException(name, field + " must be a finite number, but got " + field + "=" + value);
        }
    }
}
