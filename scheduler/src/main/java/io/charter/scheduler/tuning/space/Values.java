package io.charter.scheduler.tuning.space;

/** Equality of parameter values as JSON sees them: numbers by value, whatever their Java type. */
public final class Values {

    private Values() {
    }

    /** {@code 1}, {@code 1L} and {@code 1.0} are the same value; otherwise {@link Object#equals}. */
    public static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue()) == 0;
        }
        return a == null ? b == null : a.equals(b);
    }
}
