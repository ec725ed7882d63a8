package io.charter.scheduler.tuning.space;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parameters a study searches, ordered parents first so that a sampler that walks
 * {@link #params()} always knows a parameter's parent before deciding whether it is active.
 * Among parameters whose parents are known, declaration order is kept.
 *
 * <p>A parameter with a {@link Condition} is active only when its parent is active and the
 * parent's value is among the condition's values (a define-by-run space written down, as in
 * Optuna's conditional {@code suggest_*} calls or Hyperopt's {@code hp.choice} trees).
 *
 * <p>Built from records ({@link #of}) or from JSON-shaped maps ({@link #parse}, {@link #fromJson}).
 */
public final class SearchSpace {

    private final List<ParamSpec> params;
    private final Map<String, ParamSpec> byName;

    private SearchSpace(List<ParamSpec> declared) {
        if (declared.isEmpty()) {
            throw new SearchSpaceException(null, "a search space must have at least one parameter, but got none");
        }
        Map<String, ParamSpec> names = new LinkedHashMap<>();
        for (ParamSpec p : declared) {
            if (p.name().isBlank()) {
                throw new SearchSpaceException(p.name(), "name must not be blank, but got '" + p.name() + "'");
            }
            if (names.put(p.name(), p) != null) {
                throw new SearchSpaceException(p.name(), "names must be unique, but got '" + p.name() + "' twice");
            }
        }
        for (ParamSpec p : declared) {
            checkCondition(p, names);
        }
        this.byName = Collections.unmodifiableMap(names);
        this.params = List.copyOf(parentsFirst(declared, names));
    }

    /** A space of {@code params}, in this order where conditions allow. */
    public static SearchSpace of(ParamSpec... params) {
        return new SearchSpace(List.of(params));
    }

    /** A space of {@code params}, in this order where conditions allow. */
    public static SearchSpace of(List<? extends ParamSpec> params) {
        return new SearchSpace(List.copyOf(params));
    }

    /**
     * A space from its JSON shape, e.g.
     * <pre>{@code {"lr": {"type": "float", "low": 1e-4, "high": 0.1, "log": true},
     *  "kernel": {"type": "categorical", "choices": ["rbf", "linear"]},
     *  "gamma": {"type": "float", "low": 0.01, "high": 10, "condition": {"param": "kernel", "in": ["rbf"]}}}}</pre>
     * See {@link SpaceJson} for every key.
     */
    public static SearchSpace parse(Map<String, ?> json) {
        return new SearchSpace(SpaceJson.read(json));
    }

    /** {@link #parse} of a JSON text. */
    public static SearchSpace fromJson(String json) {
        return parse(SpaceJson.readTree(json));
    }

    /** The JSON shape {@link #parse} reads back. */
    public Map<String, Object> toJsonMap() {
        return SpaceJson.write(params);
    }

    /** The parameters, parents before their children. */
    public List<ParamSpec> params() {
        return params;
    }

    /** The parameter called {@code name}, if any. */
    public Optional<ParamSpec> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The parameter called {@code name}. */
    public ParamSpec get(String name) {
        ParamSpec p = byName.get(name);
        if (p == null) {
            throw new SearchSpaceException(name, "no such parameter; the space has " + byName.keySet());
        }
        return p;
    }

    /** Whether {@code p} is active given the (partial) assignment {@code values}. */
    public boolean isActive(ParamSpec p, Map<String, ?> values) {
        Condition c = p.condition();
        if (c == null) {
            return true;
        }
        ParamSpec parent = byName.get(c.param());
        return values.containsKey(c.param()) && isActive(parent, values) && c.admits(values.get(c.param()));
    }

    /** Whether {@code p} is active in every assignment: neither it nor an ancestor has a condition. */
    public boolean alwaysActive(ParamSpec p) {
        return p.condition() == null;
    }

    /** The names of the parameters that {@code values} activates, parents first. */
    public Set<String> activeNames(Map<String, ?> values) {
        Set<String> active = new LinkedHashSet<>();
        for (ParamSpec p : params) {
            if (isActive(p, values)) {
                active.add(p.name());
            }
        }
        return active;
    }

    /**
     * Checks a complete assignment: exactly the active parameters are present and each value is
     * legal. Throws {@link SearchSpaceException} naming the first parameter at fault.
     */
    public void check(Map<String, ?> values) {
        for (ParamSpec p : params) {
            boolean active = isActive(p, values);
            if (active && !values.containsKey(p.name())) {
                throw new SearchSpaceException(p.name(), "an active parameter must have a value, but got none");
            }
            if (!active && values.containsKey(p.name())) {
                throw new SearchSpaceException(p.name(), "an inactive parameter must have no value, but got "
                        + values.get(p.name()));
            }
            if (active && !p.contains(values.get(p.name()))) {
                throw new SearchSpaceException(p.name(), "value must lie in " + p + ", but got " + values.get(p.name()));
            }
        }
        for (String name : values.keySet()) {
            if (!byName.containsKey(name)) {
                throw new SearchSpaceException(name, "no such parameter; the space has " + byName.keySet());
            }
        }
    }

    private static void checkCondition(ParamSpec p, Map<String, ParamSpec> names) {
        Condition c = p.condition();
        if (c == null) {
            return;
        }
        if (c.param().equals(p.name())) {
            throw new SearchSpaceException(p.name(), "condition must refer to another parameter, but got itself");
        }
        ParamSpec parent = names.get(c.param());
        if (parent == null) {
            throw new SearchSpaceException(p.name(), "condition must refer to a parameter of the space "
                    + names.keySet() + ", but got '" + c.param() + "'");
        }
        if (c.in().isEmpty()) {
            throw new SearchSpaceException(p.name(), "condition.in must not be empty, but got []");
        }
        for (Object v : c.in()) {
            if (!parent.contains(v)) {
                throw new SearchSpaceException(p.name(), "condition.in must hold values of '" + parent.name()
                        + "', but got " + v);
            }
        }
    }

    /** Kahn's algorithm, taking the earliest declared ready parameter each time; reports a cycle. */
    private static List<ParamSpec> parentsFirst(List<ParamSpec> declared, Map<String, ParamSpec> names) {
        List<ParamSpec> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (ordered.size() < declared.size()) {
            ParamSpec next = null;
            for (ParamSpec p : declared) {
                if (!placed.contains(p.name()) && (p.condition() == null || placed.contains(p.condition().param()))) {
                    next = p;
                    break;
                }
            }
            if (next == null) {
                throw cycle(declared, names, placed);
            }
            ordered.add(next);
            placed.add(next.name());
        }
        return ordered;
    }

    private static SearchSpaceException cycle(List<ParamSpec> declared, Map<String, ParamSpec> names, Set<String> placed) {
        ParamSpec start = declared.stream().filter(p -> !placed.contains(p.name())).findFirst().orElseThrow();
        List<String> path = new ArrayList<>();
        ParamSpec at = start;
        while (!path.contains(at.name())) {
            path.add(at.name());
            at = names.get(at.condition().param());
        }
        List<String> loop = new ArrayList<>(path.subList(path.indexOf(at.name()), path.size()));
        loop.add(at.name());
        return new SearchSpaceException(loop.get(0), "conditions must not form a cycle, but got "
                + String.join(" → ", loop));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SearchSpace s && s.params.equals(params);
    }

    @Override
    public int hashCode() {
        return params.hashCode();
    }

    @Override
    public String toString() {
        return "SearchSpace" + params;
    }
}
