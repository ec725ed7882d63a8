package io.charter.scheduler.tuning.space;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One of a list of choices: strings, numbers or booleans (JSON scalars), as Optuna's
 * {@code CategoricalDistribution}. The choices have no order that samplers use.
 *
 * @param name      the parameter
 * @param choices   distinct choices, not empty
 * @param condition when the parameter is active, or {@code null}
 */
public record CategoricalParam(String name, List<Object> choices, Condition condition) implements ParamSpec {

    public CategoricalParam {
        Objects.requireNonNull(name, "name");
        if (choices == null || choices.isEmpty()) {
            throw new SearchSpaceException(name, "choices must not be empty, but got " + choices);
        }
        for (int i = 0; i < choices.size(); i++) {
            Object c = choices.get(i);
            if (!(c instanceof String || c instanceof Number || c instanceof Boolean)) {
                throw new SearchSpaceException(name, "choices must be strings, numbers or booleans, but got "
                        + (c == null ? "null" : c.getClass().getSimpleName() + " " + c));
            }
            for (int j = 0; j < i; j++) {
                if (Values.same(choices.get(j), c)) {
                    throw new SearchSpaceException(name, "choices must be distinct, but got " + c + " twice");
                }
            }
        }
        choices = List.copyOf(new ArrayList<>(choices));
    }

    /** One of {@code choices}. */
    public static CategoricalParam of(String name, Object... choices) {
        return new CategoricalParam(name, Arrays.asList(choices), null);
    }

    @Override
    public CategoricalParam when(String parent, Object... values) {
        return new CategoricalParam(name, choices, new Condition(parent, List.of(values)));
    }

    /** The position of {@code value} among the choices, or -1. */
    public int indexOf(Object value) {
        for (int i = 0; i < choices.size(); i++) {
            if (Values.same(choices.get(i), value)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean contains(Object value) {
        return indexOf(value) >= 0;
    }
}
