package io.charter.scheduler.tuning.space;

import java.util.List;
import java.util.Objects;

/**
 * Makes a parameter conditional: it is active only when {@code param} is active and its value is
 * one of {@code in} (numbers compare by value, so {@code 1} matches {@code 1.0}).
 *
 * @param param the parent parameter
 * @param in    the parent's values that activate the child; not empty
 */
public record Condition(String param, List<Object> in) {

    public Condition {
        Objects.requireNonNull(param, "param");
        in = List.copyOf(Objects.requireNonNull(in, "in"));
    }

    /** Whether {@code parentValue} activates the child. */
    public boolean admits(Object parentValue) {
        return in.stream().anyMatch(v -> Values.same(v, parentValue));
    }
}
