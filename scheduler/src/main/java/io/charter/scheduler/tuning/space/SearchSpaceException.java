package io.charter.scheduler.tuning.space;

/**
 * A search space that cannot be used, naming the parameter at fault so that an API can point at the
 * offending field. Messages follow Optuna's "X must be …, but got …".
 */
public class SearchSpaceException extends IllegalArgumentException {

    private final String parameter;

    public SearchSpaceException(String parameter, String message) {
        super(parameter == null ? message : parameter + ": " + message);
        this.parameter = parameter;
    }

    /** The parameter at fault; {@code null} when the space as a whole is wrong (e.g. empty). */
    public String parameter() {
        return parameter;
    }
}
