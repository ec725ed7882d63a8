package io.charter.governance.eval;

/**
 * The argument checks every metric starts with, so that each refuses bad input with the same
 * words: "X must …, but got …". Metrics are defined on non-empty, equally long, finite inputs;
 * anything else is a caller's mistake, not a value to report.
 */
final class Checks {

    private Checks() {
    }

    /** The common length of the named arrays; refuses an empty first array or unequal lengths. */
    static int sameLength(String firstName, int first, String secondName, int second) {
        if (first == 0) {
            throw new IllegalArgumentException(firstName + " must not be empty, but got 0 rows");
        }
        if (first != second) {
            throw new IllegalArgumentException(secondName + " must have one value per row of " + firstName + " ("
                    + first + "), but got " + second);
        }
        return first;
    }

    static void nonEmpty(String name, int length) {
        if (length == 0) {
            throw new IllegalArgumentException(name + " must not be empty, but got none");
        }
    }

    static void finite(String name, double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(name + " must be finite numbers, but " + name + "[" + i + "] is "
                        + values[i]);
            }
        }
    }

    static void probabilities(String name, double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!(values[i] >= 0 && values[i] <= 1)) {
                throw new IllegalArgumentException(name + " must be probabilities in [0, 1], but " + name + "[" + i
                        + "] is " + values[i]);
            }
        }
    }

    static void positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, but got " + value);
        }
    }
}
