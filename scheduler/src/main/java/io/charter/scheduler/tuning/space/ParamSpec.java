package io.charter.scheduler.tuning.space;

/**
 * One parameter of a {@link SearchSpace}: a float, an integer or a categorical choice, optionally
 * conditional on another parameter (Optuna's distributions plus a define-and-run condition).
 */
public sealed interface ParamSpec permits FloatParam, IntParam, CategoricalParam {

    /** The parameter's name, unique in its space. */
    String name();

    /** When the parameter is active; {@code null} for always (given its parent chain). */
    Condition condition();

    /** A copy of this parameter that is active only when {@code parent} takes one of {@code values}. */
    ParamSpec when(String parent, Object... values);

    /** Whether {@code value} is a legal value of this parameter (type, bounds, step, choice). */
    boolean contains(Object value);
}
