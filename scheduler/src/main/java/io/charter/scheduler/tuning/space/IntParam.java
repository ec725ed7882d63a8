package io.charter.scheduler.tuning.space;

import java.util.List;
import java.util.Objects;

/**
 * An integer in {@code [low, high]} on the grid {@code low, low + step, …}, uniform or log-uniform
 * ({@code log}, which needs {@code step = 1}), as Optuna's {@code IntDistribution}. Values are
 * {@link Integer}s when both bounds fit an int, {@link Long}s otherwise.
 *
 * @param name      the parameter
 * @param low       lower bound, inclusive; {@code >= 1} when {@code log}
 * @param high      upper bound, inclusive (lowered to the last grid point)
 * @param log       sample {@code log(x)} uniformly
 * @param step      grid spacing, {@code >= 1}
 * @param condition when the parameter is active, or {@code null}
 */
public record IntParam(String name, long low, long high, boolean log, long step, Condition condition)
        implements ParamSpec {

    public IntParam {
        Objects.requireNonNull(name, "name");
        if (low > high) {
            throw new SearchSpaceException(name, "low must be <= high, but got low=" + low + ", high=" + high);
        }
        if (log && low < 1) {
            throw new SearchSpaceException(name, "low must be >= 1 when log is true, but got low=" + low);
        }
        if (step <= 0) {
            throw new SearchSpaceException(name, "step must be > 0, but got step=" + step);
        }
        if (log && step != 1) {
            throw new SearchSpaceException(name, "step must be 1 when log is true, but got step=" + step);
        }
        high = low + (high - low) / step * step;
    }

    /** Every integer in {@code [low, high]}. */
    public static IntParam range(String name, long low, long high) {
        return new IntParam(name, low, high, false, 1, null);
    }

    /** Every integer in {@code [low, high]}, log-uniformly. */
    public static IntParam logRange(String name, long low, long high) {
        return new IntParam(name, low, high, true, 1, null);
    }

    /** {@code low, low + step, …, high}. */
    public static IntParam stepped(String name, long low, long high, long step) {
        return new IntParam(name, low, high, false, step, null);
    }

    @Override
    public IntParam when(String parent, Object... values) {
        return new IntParam(name, low, high, log, step, new Condition(parent, List.of(values)));
    }

    /** Number of grid points. */
    public long size() {
        return (high - low) / step + 1;
    }

    /** {@code value} as this parameter's Java type. */
    public Number box(long value) {
        // not a conditional expression: it would promote the Integer to a Long
        if (low >= Integer.MIN_VALUE && high <= Integer.MAX_VALUE) {
            return Integer.valueOf((int) value);
        }
        return Long.valueOf(value);
    }

    @Override
    public boolean contains(Object value) {
        if (!(value instanceof Number n)) {
            return false;
        }
        double d = n.doubleValue();
        if (d != Math.rint(d)) {
            return false;
        }
        long v = n.longValue();
        return v >= low && v <= high && (v - low) % step == 0;
    }
}
