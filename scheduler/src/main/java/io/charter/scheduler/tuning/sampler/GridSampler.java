package io.charter.scheduler.tuning.sampler;

import io.charter.scheduler.tuning.Sampler;
import io.charter.scheduler.tuning.Trial;
import io.charter.scheduler.tuning.space.CategoricalParam;
import io.charter.scheduler.tuning.space.FloatParam;
import io.charter.scheduler.tuning.space.IntParam;
import io.charter.scheduler.tuning.space.ParamSpec;
import io.charter.scheduler.tuning.space.SearchSpace;
import io.charter.scheduler.tuning.space.SearchSpaceException;
import io.charter.scheduler.tuning.space.Values;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Grid search: every point of the cartesian product, each once, in an order shuffled by the seed
 * (as Optuna's {@code GridSampler} visits its grid in random order).
 *
 * <ul>
 *   <li>Categorical: every choice. Integers and stepped floats: every grid point.</li>
 *   <li>Continuous floats: {@code floatPoints} evenly spaced points including both bounds
 *       (geometrically spaced when log). Optuna asks for explicit lists instead.</li>
 *   <li>Conditional parameters are enumerated only under the parent values that activate them, so
 *       {@code kernel ∈ {rbf, linear}} with 3 gammas under rbf is 4 points, not 6.</li>
 * </ul>
 *
 * A point is taken once any trial of the history (any state, running included) has its parameters;
 * the next trial gets the first untaken point of the shuffled order. When every point is taken the
 * grid is {@link #exhausted exhausted} and {@link #suggest} throws; {@link #next} says so as an
 * empty {@link Optional}.
 *
 * @param seed        shuffles the order
 * @param floatPoints points per continuous float, at least 2
 * @param maxPoints   refuse grids larger than this
 */
public record GridSampler(long seed, int floatPoints, int maxPoints) implements Sampler {

    /** Five points per continuous float, at most a million grid points. */
    public static final int DEFAULT_FLOAT_POINTS = 5;
    public static final int DEFAULT_MAX_POINTS = 1_000_000;

    public GridSampler {
        if (floatPoints < 2) {
            throw new IllegalArgumentException("floatPoints must be >= 2, but got " + floatPoints);
        }
        if (maxPoints < 1) {
            throw new IllegalArgumentException("maxPoints must be >= 1, but got " + maxPoints);
        }
    }

    public GridSampler(long seed) {
        this(seed, DEFAULT_FLOAT_POINTS, DEFAULT_MAX_POINTS);
    }

    @Override
    public void validate(SearchSpace space) {
        grid(space);
    }

    @Override
    public Map<String, Object> suggest(SearchSpace space, List<Trial> history, long trialNumber) {
        return next(space, history).orElseThrow(() -> new IllegalStateException(
                "the grid is exhausted: all " + grid(space).size() + " points are taken by earlier trials"));
    }

    /** The first point no trial of {@code history} has, or empty when all are taken. */
    public Optional<Map<String, Object>> next(SearchSpace space, List<Trial> history) {
        for (Map<String, Object> point : grid(space)) {
            if (history.stream().noneMatch(t -> samePoint(point, t.params()))) {
                return Optional.of(point);
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean exhausted(SearchSpace space, List<Trial> history) {
        return next(space, history).isEmpty();
    }

    /** Every point, in the seed's order. */
    public List<Map<String, Object>> grid(SearchSpace space) {
        List<Map<String, Object>> points = new ArrayList<>();
        expand(space, 0, new LinkedHashMap<>(), points);
        Collections.shuffle(points, new Random(seed));
        return points;
    }

    private void expand(SearchSpace space, int index, Map<String, Object> partial, List<Map<String, Object>> out) {
        if (index == space.params().size()) {
            if (out.size() >= maxPoints) {
                throw new SearchSpaceException(null, "the grid must have at most " + maxPoints
                        + " points, but got more; give continuous parameters a step or use another sampler");
            }
            out.add(Collections.unmodifiableMap(new LinkedHashMap<>(partial)));
            return;
        }
        ParamSpec p = space.params().get(index);
        if (!space.isActive(p, partial)) {
            expand(space, index + 1, partial, out);
            return;
        }
        for (Object v : values(p)) {
            partial.put(p.name(), v);
            expand(space, index + 1, partial, out);
            partial.remove(p.name());
        }
    }

    private List<Object> values(ParamSpec p) {
        List<Object> values = new ArrayList<>();
        if (p instanceof CategoricalParam c) {
            values.addAll(c.choices());
        } else if (p instanceof IntParam i) {
            if (i.size() > maxPoints) {
                throw new SearchSpaceException(p.name(), "a grid parameter must have at most " + maxPoints
                        + " values, but got " + i.size());
            }
            for (long v = i.low(); v <= i.high(); v += i.step()) {
                values.add(i.box(v));
            }
        } else {
            FloatParam f = (FloatParam) p;
            if (f.step() != null) {
                long n = Math.round((f.high() - f.low()) / f.step()) + 1;
                for (long k = 0; k < n; k++) {
                    values.add(Math.min(f.high(), f.low() + k * f.step()));
                }
            } else if (f.low() == f.high()) {
                values.add(f.low());
            } else {
                for (int k = 0; k < floatPoints; k++) {
                    double t = k / (double) (floatPoints - 1);
                    values.add(k == floatPoints - 1 ? f.high() : f.log() ? f.low() * Math.pow(f.high() / f.low(), t) : f.low() + t * (f.high() - f.low()));
                }
            }
        }
        return values;
    }

    private static boolean samePoint(Map<String, Object> point, Map<String, Object> params) {
        if (!point.keySet().equals(params.keySet())) {
            return false;
        }
        return point.entrySet().stream().allMatch(e -> Values.same(e.getValue(), params.get(e.getKey())));
    }
}
